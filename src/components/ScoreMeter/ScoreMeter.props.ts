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
  score: valueProp<number | string | null>(
    'number | string',
    'The score on the scale (a percentage by default); wins over `block.score`. `0` is a score, `""` and `null` are not.',
    'string',
  ),
  block: valueProp<DataBlock | null>(
    'DataBlock',
    'A data block; its score is shown and its verdict gives the tone when nothing else does.',
    'json',
  ),
  min: numberProp(0, 'Start of the scale; an invalid range (min ≥ max, not finite) falls back to 0–100.'),
  max: numberProp(
    100,
    'End of the scale; the value text is the score’s place in the range, so 0.97 with max 1 reads "97%".',
  ),
  direction: enumProp(meterDirections, 'higher-is-better', 'How `thresholds` are read: a trust score or a risk score.'),
  thresholds: valueProp<ScoreMeterThresholds | null>(
    '{ caution?: number; critical?: number }',
    'Score limits that give the tone when no `tone` prop is set.',
    'json',
  ),
  tone: enumProp<Tone>(TONES, undefined, 'Overrides every other source of tone.'),
  size: enumProp(meterSizes, 'md', 'Size of the meter.'),
  label: nodeProp('Visible label and accessible name; defaults to the "Score" message.'),
  format: valueProp<ScoreMeterFormat>(
    '(score, locale) => string',
    'Formats the value text (visible and `aria-valuetext`).',
    false,
  ),
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
