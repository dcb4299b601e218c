import type { ComponentPropsWithoutRef } from 'react';
import { TONES, type DataBlock, type Tone } from '../../model/types';
import { enumProp, nodeProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, VARIANTS, type Size, type Variant } from '../internal/vocabulary';

export const badgeSizes = SIZES;
export const badgeVariants = VARIANTS;
export type DecisionBadgeSize = Size;
export type DecisionBadgeVariant = Variant;

export const decisionBadgePropDefs = {
  verdict: valueProp<string | null>(
    'string',
    'The verdict to show, e.g. "not_trusted"; wins over `block.verdict`.',
    'string',
  ),
  block: valueProp<DataBlock | null>('DataBlock', 'A data block; its verdict is shown.', 'json'),
  tone: enumProp<Tone>(TONES, undefined, 'Overrides the tone read from the verdict.'),
  label: nodeProp('Text to show instead of the humanized verdict.'),
  size: enumProp(badgeSizes, 'md', 'Size of the badge.'),
  variant: enumProp(badgeVariants, 'subtle', 'Fill style: tinted, filled or outlined.'),
  tooltip: nodeProp('Extra detail shown in a tooltip on hover and keyboard focus; makes the badge focusable.'),
} as const;

export type DecisionBadgeOwnProps = PropsOf<typeof decisionBadgePropDefs>;

export type DecisionBadgeProps = DecisionBadgeOwnProps &
  Omit<ComponentPropsWithoutRef<'span'>, keyof DecisionBadgeOwnProps | 'children'>;
