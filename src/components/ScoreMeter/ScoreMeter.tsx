'use client';
import * as en from '../../i18n/english';
import { message } from '../../i18n/messages';
import { clsx } from 'clsx';
import type { ReactElement, ReactNode, Ref } from 'react';
import { formatPercent, resolveLocale } from '../../i18n/format';
import { readScore } from '../../model/normalize';
import { readField, readText } from '../../model/read';
import { parseScore, percentOf } from '../../model/score';
import { isTone } from '../../model/tone';
import type { NormalizedDataBlock, Tone } from '../../model/types';
import type { ContextSettings } from '../../provider/context';
import { guard, Unavailable } from '../internal/guard';
import { containedView, mayThrowInRender } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { enumValue } from '../internal/propDefs';
import { sizeAttribute, type Size } from '../internal/vocabulary';
import { scoreMeterPropDefs, type ScoreMeterDirection, type ScoreMeterProps } from './ScoreMeter.props';

const DEFAULT_RANGE = { min: scoreMeterPropDefs.min.default, max: scoreMeterPropDefs.max.default };

/**
 * The bar's fill in steps of this many percent: meter.css has one rule per step, because a
 * length cannot reach CSS from markup without a `style` attribute (strict CSP). The exact value
 * is in the text and the ARIA values; the bar is only its picture.
 */
const FILL_STEP = 5;

/**
 * A range the host got wrong (min ≥ max, not a number, a span too wide for a double such as
 * ±1e308) must not produce NaN widths or ARIA values.
 */
function resolveRange(min: unknown, max: unknown): { min: number; max: number } {
  const lower = min === undefined ? DEFAULT_RANGE.min : parseScore(min);
  const upper = max === undefined ? DEFAULT_RANGE.max : parseScore(max);
  if (lower === null || upper === null || lower >= upper || !Number.isFinite(upper - lower)) return DEFAULT_RANGE;
  return { min: lower, max: upper };
}

/** The tone the thresholds give a score, or null when no usable threshold was given. */
function thresholdTone(score: number, thresholds: unknown, direction: ScoreMeterDirection): Tone | null {
  const caution = parseScore(readField(thresholds, 'caution'));
  const critical = parseScore(readField(thresholds, 'critical'));
  if (caution === null && critical === null) return null;
  const reached = (limit: number | null) =>
    limit !== null && (direction === 'higher-is-riskier' ? score >= limit : score <= limit);
  if (reached(critical)) return 'critical';
  if (reached(caution)) return 'caution';
  return 'positive';
}

/**
 * The host's formatter when it gives text, else the score's place in the range as a percentage
 * in the locale: 28.3 on 0..100 reads "28.3%", 0.97 on 0..1 reads "97%". The real score is used,
 * not the clamped one, so a value out of range still says so.
 */
function valueText(score: number, range: { min: number; max: number }, locale: string, format: unknown): string {
  const custom =
    typeof format === 'function' ? (format as (score: number, locale: string) => unknown)(score, locale) : null;
  const onDefaultScale = range.min === DEFAULT_RANGE.min && range.max === DEFAULT_RANGE.max;
  const percent = onDefaultScale ? score : percentOf(score - range.min, range.max - range.min);
  return (typeof custom === 'string' ? readText(custom) : null) ?? formatPercent(percent, locale);
}

/** The meter's props besides its data and DOM attributes. */
export type MeterOptions = Pick<
  ScoreMeterProps,
  'min' | 'max' | 'direction' | 'thresholds' | 'tone' | 'size' | 'label' | 'format'
>;

/** Everything a meter shows, computed before any markup is built. */
export type MeterModel = {
  label: ReactNode;
  size: Size;
} & (
  | { score: null; tone: Tone; noScore: string }
  | {
      score: number;
      tone: Tone;
      range: { min: number; max: number };
      clamped: number;
      /** The bar's fill, in percent of the track rounded to a FILL_STEP. */
      fill: number;
      text: string;
    }
);

/**
 * The meter of a score already read from its block, for `ScoreMeter` and for `DataBlockCard`,
 * which draws its meter from its own reading of the block instead of a nested `ScoreMeter`.
 */
export function meterModel(
  { min, max, direction, thresholds, tone: toneProp, size, label, format }: MeterOptions,
  resolved: Pick<NormalizedDataBlock, 'verdict' | 'tone' | 'score'>,
  { messages, locale }: Pick<ContextSettings, 'messages' | 'locale'>,
): MeterModel {
  const customLabel = safeNode(label);
  const common = {
    label: isEmptyNode(customLabel) ? message(messages, 'score', en.score) : customLabel,
    size: enumValue(scoreMeterPropDefs.size, size),
  };
  const value = resolved.score;
  if (value === null) {
    return {
      ...common,
      score: null,
      tone: isTone(toneProp) ? toneProp : 'neutral',
      noScore: message(messages, 'noScore', en.noScore),
    };
  }
  const range = resolveRange(min, max);
  const clamped = Math.min(range.max, Math.max(range.min, value));
  return {
    ...common,
    score: value,
    range,
    clamped,
    fill: Math.round(((clamped - range.min) / (range.max - range.min)) * (100 / FILL_STEP)) * FILL_STEP,
    text: valueText(value, range, resolveLocale(locale), format),
    tone: isTone(toneProp)
      ? toneProp
      : (thresholdTone(value, thresholds, enumValue(scoreMeterPropDefs.direction, direction)) ??
        (resolved.verdict !== null ? resolved.tone : 'neutral')),
  };
}

type MeterRest = Omit<ScoreMeterProps, keyof MeterOptions | 'score' | 'block'>;

/** The markup of a meter model. */
export function meterView(
  model: MeterModel,
  { className, ...rest }: MeterRest,
  labelId: string,
  ref?: Ref<HTMLDivElement>,
): ReactElement {
  if (model.score === null) {
    return (
      <div
        {...rest}
        ref={ref}
        className={clsx('dblk-meter', className)}
        data-tone={model.tone}
        data-size={sizeAttribute(model.size)}
        data-empty=""
      >
        <span className="dblk-meter__label">{model.label}</span>{' '}
        <span className="dblk-meter__value">{model.noScore}</span>
      </div>
    );
  }
  return (
    <div
      aria-labelledby={rest['aria-label'] === undefined ? labelId : undefined}
      {...rest}
      ref={ref}
      className={clsx('dblk-meter', className)}
      role="meter"
      aria-valuenow={model.clamped}
      aria-valuemin={model.range.min}
      aria-valuemax={model.range.max}
      aria-valuetext={model.text}
      data-tone={model.tone}
      data-size={sizeAttribute(model.size)}
    >
      <span className="dblk-meter__label" id={labelId}>
        {model.label}
      </span>
      {/* The value is the meter's own text, so a meter is three elements: label, value and bar. */}
      {` ${model.text}`}
      {/* No aria-hidden needed: a meter's children are presentational, and the bar is empty. */}
      <span className="dblk-meter__fill" data-fill={model.fill} />
    </div>
  );
}

function scoreMeterView(
  { score, block, min, max, direction, thresholds, tone, size, label, format, ...rest }: ScoreMeterProps,
  ref: Ref<HTMLDivElement>,
  { verdictTones, messages, locale }: ContextSettings,
  labelId: string,
): ReactNode {
  const reading = guard('ScoreMeter', () =>
    meterModel(
      { min, max, direction, thresholds, tone, size, label, format },
      readScore(block, score, { verdictTones }),
      { messages, locale },
    ),
  );
  if (!reading.ok) return <Unavailable failure={reading.failure} />;
  return meterView(reading.value, rest, labelId, ref);
}

/**
 * A meter renders nothing that can throw once its guarded reading is done (which calls `format`),
 * unless it is given a label that is not text or a DOM attribute as an object (`style`); only
 * then does an instance need its boundary. The block and thresholds are only read by the guard.
 */
function meterNeedsBoundary(props: ScoreMeterProps): boolean {
  for (const key in props) {
    if (key !== 'block' && key !== 'thresholds' && mayThrowInRender(props[key as keyof ScoreMeterProps])) return true;
  }
  return false;
}

/**
 * A score as a meter (not a progress bar): the value clamped to its range for assistive
 * technology, the real value as text, and a bar drawn without inline styles.
 */
export const ScoreMeter = containedView<HTMLDivElement, ScoreMeterProps>('ScoreMeter', scoreMeterView, {
  withId: true,
  needsBoundary: meterNeedsBoundary,
});
