import type { ComponentPropsWithoutRef } from 'react';
import type { NamedDataBlock, Reason } from '../../model/types';
import { DEFAULT_VISIBLE_REASONS } from '../ReasonList/ReasonList.props';
import { meterDirections, type ScoreMeterThresholds } from '../ScoreMeter/ScoreMeter.props';
import { enumProp, nodeProp, numberProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, type Size } from '../internal/vocabulary';

export const cardSizes = SIZES;
export type DataBlockCardSize = Size;

export const headingLevels = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export const dataBlockCardPropDefs = {
  block: valueProp<NamedDataBlock | null>('json'),
  verdict: valueProp<string | null>('string'),
  score: valueProp<number | string | null>('string'),
  reasons: valueProp<readonly Reason[] | null>('json'),
  title: nodeProp(),
  name: valueProp<string | null>('string'),
  headingLevel: enumProp(headingLevels, 3),
  size: enumProp(cardSizes, 'md'),
  maxReasons: numberProp(DEFAULT_VISIBLE_REASONS),
  direction: enumProp(meterDirections, 'higher-is-better'),
  thresholds: valueProp<ScoreMeterThresholds | null>('json'),
} as const;

export interface DataBlockCardDeprecatedProps {
  /** @deprecated Renamed to `maxReasons`; removed in the next minor release. */
  reasonsMax?: number | undefined;
}

export type DataBlockCardOwnProps = PropsOf<typeof dataBlockCardPropDefs> & DataBlockCardDeprecatedProps;

export type DataBlockCardProps = DataBlockCardOwnProps &
  Omit<ComponentPropsWithoutRef<'section'>, keyof DataBlockCardOwnProps | 'children' | 'title'>;
