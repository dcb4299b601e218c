import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { DataBlock, Tone } from '../../model/types';
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

export interface ScoreMeterOwnProps {
  /**
   * The score on the meter's scale (a percentage by default; 0.97 with `max={1}`); wins over
   * `block.score`. `0` is a score, `""` and `null` are not.
   */
  score?: number | string | null | undefined;
  /** A data block; its score is shown and its verdict gives the tone when nothing else does. */
  block?: DataBlock | null | undefined;
  /** Start of the scale; defaults to 0. An invalid range (min ≥ max, not finite) falls back to 0–100. */
  min?: number | undefined;
  /**
   * End of the scale; defaults to 100. The value text is the score's place in the range as a
   * percentage, so 0.97 with `max={1}` reads "97%". (A block's own `scoreMax` is applied when
   * the block is read: its score arrives here as a percentage.)
   */
  max?: number | undefined;
  /** How `thresholds` are read; defaults to `higher-is-better`. */
  direction?: ScoreMeterDirection | undefined;
  /** Score limits that give the tone when no `tone` prop is set. */
  thresholds?: ScoreMeterThresholds | null | undefined;
  /** Overrides every other source of tone. */
  tone?: Tone | undefined;
  size?: ScoreMeterSize | undefined;
  /** Visible label and accessible name; defaults to the "Score" message. */
  label?: ReactNode;
  /** Formats the value text (visible and `aria-valuetext`). */
  format?: ScoreMeterFormat | undefined;
}

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
