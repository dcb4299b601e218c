import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { NamedDataBlock, Reason } from '../../model/types';
import type { ScoreMeterDirection, ScoreMeterThresholds } from '../ScoreMeter/ScoreMeter.props';
import { SIZES, type Size } from '../internal/vocabulary';

export const cardSizes = SIZES;
export type DataBlockCardSize = Size;

export const headingLevels = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export interface DataBlockCardOwnProps {
  /** The data block; a `name` on it becomes the heading when `title` is not given. */
  block?: NamedDataBlock | null | undefined;
  /** Single fields; each wins over the same field of `block`. */
  verdict?: string | null | undefined;
  score?: number | string | null | undefined;
  reasons?: readonly Reason[] | null | undefined;
  /** Heading text; defaults to the humanized `name` (or `block.name`). */
  title?: ReactNode;
  /** Machine name of the block, e.g. "AuthenticationResult"; humanized for the heading. */
  name?: string | null | undefined;
  /** Level of the heading element; defaults to 3. */
  headingLevel?: HeadingLevel | undefined;
  size?: DataBlockCardSize | undefined;
  /** Reasons shown before "Show N more"; defaults to the list's own default. */
  reasonsMax?: number | undefined;
  /** Passed to the score meter. */
  direction?: ScoreMeterDirection | undefined;
  thresholds?: ScoreMeterThresholds | null | undefined;
}

export type DataBlockCardProps = DataBlockCardOwnProps &
  Omit<ComponentPropsWithoutRef<'section'>, keyof DataBlockCardOwnProps | 'children' | 'title'>;
