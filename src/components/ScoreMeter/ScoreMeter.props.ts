import type { ComponentPropsWithoutRef } from 'react';
import { TONES, type DataBlock, type Tone } from '../../model/types';
import { enumProp, nodeProp, numberProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, type Size } from '../internal/vocabulary';

export const meterSizes = SIZES;
export type ScoreMeterSize = Size;

/** How to read thresholds: a trust or match score is better when high, a risk score worse. */
export const meterDirections = ['higher-is-better', 'higher-is-riskier'] as const;
export type ScoreMeterDirection = (typeof meterDirections)[number];

export interface ScoreMeterThresholds {
  /** Scores at or past this value are `caution`. */
  caution?: number | null | undefined;
  /** Scores at or past this value are `critical`; checked before `caution`. */
  critical?: number | null | undefined;
}

/** Turns a score into the value text; replaces the default locale-aware percentage of the range. */
export type ScoreMeterFormat = (score: number, locale: string | undefined) => string;

export const scoreMeterPropDefs = {
  score: valueProp<number | string | null>('string'),
  block: valueProp<DataBlock | null>('json'),
  min: numberProp(0),
  max: numberProp(100),
  direction: enumProp(meterDirections, 'higher-is-better'),
  thresholds: valueProp<ScoreMeterThresholds | null>('json'),
  tone: enumProp<Tone>(TONES, undefined),
  size: enumProp(meterSizes, 'md'),
  label: nodeProp(),
  format: valueProp<ScoreMeterFormat>(false),
} as const;

export type ScoreMeterOwnProps = PropsOf<typeof scoreMeterPropDefs>;

export type ScoreMeterProps = ScoreMeterOwnProps &
  Omit<
    ComponentPropsWithoutRef<'div'>,
    | keyof ScoreMeterOwnProps
    | 'children'
    | 'role'
    | 'aria-valuenow'
    | 'aria-valuemin'
    | 'aria-valuemax'
    | 'aria-valuetext'
  >;
