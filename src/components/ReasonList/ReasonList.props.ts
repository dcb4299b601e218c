import type { HTMLAttributes } from 'react';
import type { DataBlock, Reason } from '../../model/types';
import { enumProp, nodeProp, numberProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, type Size } from '../internal/vocabulary';

export const reasonListSizes = SIZES;
export type ReasonListSize = Size;

/** How many reasons a list or a card shows before the rest collapse behind "Show N more". */
export const DEFAULT_VISIBLE_REASONS = 10;

export const reasonListPropDefs = {
  reasons: valueProp<readonly Reason[] | null>('Reason[]', 'The reasons to list; wins over `block.reasons`.', 'json'),
  block: valueProp<DataBlock | null>('DataBlock', 'A data block; its reasons are listed.', 'json'),
  maxReasons: numberProp(
    DEFAULT_VISIBLE_REASONS,
    'Reasons shown before the rest collapse behind a "Show N more" button.',
  ),
  emptyText: nodeProp('Shown when there are no reasons; defaults to "No reasons given". `null` renders nothing.'),
  size: enumProp(reasonListSizes, 'md', 'Text size of the list.'),
} as const;

export interface ReasonListDeprecatedProps {
  /** @deprecated Renamed to `maxReasons`, the name every component uses; removed in the next minor release. */
  max?: number | undefined;
}

export type ReasonListOwnProps = PropsOf<typeof reasonListPropDefs> & ReasonListDeprecatedProps;

/** DOM attributes go to the root: the `<ul>`, or the `<p>` that stands in for an empty list. */
export type ReasonListProps = ReasonListOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof ReasonListOwnProps | 'children'>;
