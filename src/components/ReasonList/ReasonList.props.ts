import type { HTMLAttributes } from 'react';
import type { DataBlock, Reason } from '../../model/types';
import { enumProp, nodeProp, numberProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, type Size } from '../internal/vocabulary';

export const reasonListSizes = SIZES;
export type ReasonListSize = Size;

/** How many reasons a list or a card shows before the rest collapse behind "Show N more". */
export const DEFAULT_VISIBLE_REASONS = 10;

export const reasonListPropDefs = {
  reasons: valueProp<readonly Reason[] | null>('json'),
  block: valueProp<DataBlock | null>('json'),
  maxReasons: numberProp(DEFAULT_VISIBLE_REASONS),
  emptyText: nodeProp(),
  size: enumProp(reasonListSizes, 'md'),
} as const;

export interface ReasonListDeprecatedProps {
  /** @deprecated Renamed to `maxReasons`, the name every component uses; removed in the next minor release. */
  max?: number | undefined;
}

export type ReasonListOwnProps = PropsOf<typeof reasonListPropDefs> & ReasonListDeprecatedProps;

/** DOM attributes go to the root: the `<ul>`, or the `<p>` that stands in for an empty list. */
export type ReasonListProps = ReasonListOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof ReasonListOwnProps | 'children'>;
