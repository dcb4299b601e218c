import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { DataBlock, Tone } from '../../model/types';
import { SIZES, VARIANTS, type Size, type Variant } from '../internal/vocabulary';

export const badgeSizes = SIZES;
export const badgeVariants = VARIANTS;
export type DecisionBadgeSize = Size;
export type DecisionBadgeVariant = Variant;

export interface DecisionBadgeOwnProps {
  /** The verdict to show; wins over `block.verdict`. */
  verdict?: string | null | undefined;
  /** A data block; its verdict is shown. */
  block?: DataBlock | null | undefined;
  /** Overrides the tone read from the verdict. */
  tone?: Tone | undefined;
  /** Text to show instead of the humanized verdict. */
  label?: ReactNode;
  size?: DecisionBadgeSize | undefined;
  variant?: DecisionBadgeVariant | undefined;
  /** Extra detail shown in a tooltip on hover and keyboard focus; makes the badge focusable. */
  tooltip?: ReactNode;
}

export type DecisionBadgeProps = DecisionBadgeOwnProps &
  Omit<ComponentPropsWithoutRef<'span'>, keyof DecisionBadgeOwnProps | 'children'>;
