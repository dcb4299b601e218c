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
  outcome: valueProp<string | null>(
    'string',
    'The session’s overall outcome (`decisionOutcome`), e.g. "rejected"; wins over `session`.',
    'string',
  ),
  checks: valueProp<DataBlockCollection | null>(
    'DataBlockCollection',
    'The session’s data blocks, as an array or a record; wins over `session`.',
    'json',
  ),
  session: valueProp<SessionLike | null>(
    'SessionLike',
    'A whole session object: `decisionOutcome` and `dataBlocks` (or `datablocks`, `checks`) are read from it.',
    'json',
  ),
  layout: enumProp(sessionLayouts, 'table', 'Show the blocks as a table or as cards.'),
  title: nodeProp('Optional heading above the outcome.'),
  headingLevel: enumProp(headingLevels, 2, 'Level of the heading; cards use the next level.'),
  maxRows: numberProp(DEFAULT_MAX_ROWS, 'The row maximum: blocks past it are counted, not read or shown.'),
} as const;

export type SessionDecisionOwnProps = PropsOf<typeof sessionDecisionPropDefs>;

export type SessionDecisionProps = SessionDecisionOwnProps &
  Omit<ComponentPropsWithoutRef<'section'>, keyof SessionDecisionOwnProps | 'children'>;
