import type { HTMLAttributes, ReactNode } from 'react';
import type { DataBlock, Reason } from '../../model/types';
import { SIZES, type Size } from '../internal/vocabulary';

export const reasonListSizes = SIZES;
export type ReasonListSize = Size;

/** How many reasons show before the rest collapse behind "Show N more". */
export const DEFAULT_VISIBLE_REASONS = 10;

export interface ReasonListOwnProps {
  /** The reasons to list; wins over `block.reasons`. */
  reasons?: readonly Reason[] | null | undefined;
  /** A data block; its reasons are listed. */
  block?: DataBlock | null | undefined;
  /** Reasons shown before the rest collapse behind a "Show N more" button; defaults to 10. */
  max?: number | undefined;
  /** Shown when there are no reasons; defaults to the "No reasons given" message. `null` renders nothing. */
  emptyText?: ReactNode;
  size?: ReasonListSize | undefined;
}

/** DOM attributes go to the root: the `<ul>`, or the `<p>` that stands in for an empty list. */
export type ReasonListProps = ReasonListOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof ReasonListOwnProps | 'children'>;
