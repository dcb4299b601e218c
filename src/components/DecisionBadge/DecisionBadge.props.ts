import type { ComponentPropsWithoutRef } from 'react';
import { TONES, type DataBlock, type Tone } from '../../model/types';
import { enumProp, nodeProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, VARIANTS, type Size, type Variant } from '../internal/vocabulary';

export const badgeSizes = SIZES;
export const badgeVariants = VARIANTS;
export type DecisionBadgeSize = Size;
export type DecisionBadgeVariant = Variant;

export const decisionBadgePropDefs = {
  verdict: valueProp<string | null>('string'),
  block: valueProp<DataBlock | null>('json'),
  tone: enumProp<Tone>(TONES, undefined),
  label: nodeProp(),
  size: enumProp(badgeSizes, 'md'),
  variant: enumProp(badgeVariants, 'subtle'),
  tooltip: nodeProp(),
} as const;

export type DecisionBadgeOwnProps = PropsOf<typeof decisionBadgePropDefs>;

export type DecisionBadgeProps = DecisionBadgeOwnProps &
  Omit<ComponentPropsWithoutRef<'span'>, keyof DecisionBadgeOwnProps | 'children'>;
