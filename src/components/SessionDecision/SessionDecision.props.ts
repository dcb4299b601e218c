import type { ComponentPropsWithoutRef } from 'react';
import type { DataBlockCollection } from '../../model/types';
import { headingLevels } from '../DataBlockCard/DataBlockCard.props';
import { DEFAULT_MAX_ROWS } from '../DataChecksTable/DataChecksTable.props';
import { enumProp, nodeProp, numberProp, valueProp, type PropsOf } from '../internal/propDefs';

export const sessionLayouts = ['table', 'cards'] as const;
export type SessionLayout = (typeof sessionLayouts)[number];

/** A flow session as APIs return it; every field optional. */
export interface SessionLike {
  decisionOutcome?: string | null;
  outcome?: string | null;
  dataBlocks?: DataBlockCollection | null;
  datablocks?: DataBlockCollection | null;
  checks?: DataBlockCollection | null;
}

export const sessionDecisionPropDefs = {
  outcome: valueProp<string | null>('string'),
  checks: valueProp<DataBlockCollection | null>('json'),
  session: valueProp<SessionLike | null>('json'),
  layout: enumProp(sessionLayouts, 'table'),
  title: nodeProp(),
  headingLevel: enumProp(headingLevels, 2),
  maxRows: numberProp(DEFAULT_MAX_ROWS),
} as const;

export type SessionDecisionOwnProps = PropsOf<typeof sessionDecisionPropDefs>;

export type SessionDecisionProps = SessionDecisionOwnProps &
  Omit<ComponentPropsWithoutRef<'section'>, keyof SessionDecisionOwnProps | 'children'>;
