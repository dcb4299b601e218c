'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, type ReactElement, type Ref } from 'react';
import * as english from '../../i18n/english';
import { formatPercent } from '../../i18n/format';
import { resolveScore } from '../../model/fields';
import { parseScore, percentOf } from '../../model/score';
import { isTone } from '../../model/tone';
import type { NormalizedDataBlock, Tone } from '../../model/types';
import { useSettings, type ContextSettings } from '../../provider/context';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { oneOf } from '../internal/vocabulary';
import { meterDirections, meterSizes, type ScoreMeterDirection, type ScoreMeterProps } from './ScoreMeter.props';

const DEFAULT_RANGE = { min: 0, max: 100 } as const;

/** The bar's drawing width: the fill is `fraction * BAR_LENGTH` user units long. */
const BAR_LENGTH = 100;

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

function readLimit(thresholds: object, key: 'caution' | 'critical'): number | null {
  try {
    return parseScore((thresholds as Record<string, unknown>)[key]);
  } catch {
    return null;
  }
}

/** The tone the thresholds give a score, or null when no usable threshold was given. */
function thresholdTone(score: number, thresholds: unknown, direction: ScoreMeterDirection): Tone | null {
  if (typeof thresholds !== 'object' || thresholds === null) return null;
  const caution = readLimit(thresholds, 'caution');
  const critical = readLimit(thresholds, 'critical');
  if (caution === null && critical === null) return null;
  const reached = (limit: number | null) =>
    limit !== null && (direction === 'higher-is-riskier' ? score >= limit : score <= limit);
  if (reached(critical)) return 'critical';
  if (reached(caution)) return 'caution';
  return 'positive';
}

/**
 * The host's formatter when it gives text, else the score's place in the range as a
 * locale-aware percentage: 28.3 on 0..100 reads "28.3%", 0.97 on 0..1 reads "97%". The real
 * score is used, not the clamped one, so a value out of range still says so.
 */
function valueText(
  score: number,
  range: { min: number; max: number },
  locale: string | undefined,
  format: unknown,
): string {
  if (typeof format === 'function') {
    const text: unknown = format(score, locale);
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  const onDefaultScale = range.min === DEFAULT_RANGE.min && range.max === DEFAULT_RANGE.max;
  return formatPercent(onDefaultScale ? score : percentOf(score - range.min, range.max - range.min), locale);
}

type MeterOptions = Omit<ScoreMeterProps, 'score' | 'block'>;

/**
 * The meter's markup for a score already read from its block; hook-free, so `DataBlockCard`
 * draws its meter with its own settings and id instead of a nested `ScoreMeter` that would read
 * the block again.
 */
export function scoreMeter(
  { min, max, direction, thresholds, tone: toneProp, size, label, format, className, ...rest }: MeterOptions,
  resolved: Pick<NormalizedDataBlock, 'verdict' | 'tone' | 'score'>,
  labelId: string,
  { messages, locale }: Pick<ContextSettings, 'messages' | 'locale'>,
  ref?: Ref<HTMLDivElement>,
): ReactElement {
  const customLabel = safeNode(label);
  const labelText = isEmptyNode(customLabel) ? (messages.score ?? english.score) : customLabel;
  const sizeValue = oneOf(meterSizes, size, 'md');
  const value = resolved.score;

  if (value === null) {
    return (
      <div
        {...rest}
        ref={ref}
        className={clsx('dblk-meter', className)}
        data-tone={isTone(toneProp) ? toneProp : 'neutral'}
        data-size={sizeValue}
        data-empty=""
      >
        <span className="dblk-meter__label">{labelText}</span>{' '}
        <span className="dblk-meter__value">{messages.noScore ?? english.noScore}</span>
      </div>
    );
  }

  const range = resolveRange(min, max);
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const fillLength = Number((((clamped - range.min) / (range.max - range.min)) * BAR_LENGTH).toFixed(3));
  const text = valueText(value, range, locale, format);
  const tone: Tone = isTone(toneProp)
    ? toneProp
    : (thresholdTone(value, thresholds, oneOf(meterDirections, direction, 'higher-is-better')) ??
      (resolved.verdict !== null ? resolved.tone : 'neutral'));

  return (
    <div
      aria-labelledby={rest['aria-label'] === undefined ? labelId : undefined}
      {...rest}
      ref={ref}
      className={clsx('dblk-meter', className)}
      role="meter"
      aria-valuenow={clamped}
      aria-valuemin={range.min}
      aria-valuemax={range.max}
      aria-valuetext={text}
      data-tone={tone}
      data-size={sizeValue}
    >
      <span className="dblk-meter__label" id={labelId}>
        {labelText}
      </span>{' '}
      <span className="dblk-meter__value">{text}</span>
      {/* The SVG's x axis always runs left to right; meter.css mirrors it in right-to-left text. */}
      <svg
        className="dblk-meter__bar"
        viewBox={`0 0 ${BAR_LENGTH} 1`}
        preserveAspectRatio="none"
        width="100%"
        height="6"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="dblk-meter__track" width={BAR_LENGTH} height="1" fill="currentColor" fillOpacity="0.2" />
        <rect className="dblk-meter__fill" width={fillLength} height="1" fill="currentColor" />
      </svg>
    </div>
  );
}

const ScoreMeterRoot = forwardRef<HTMLDivElement, ScoreMeterProps>(function ScoreMeter(
  { score, block, ...options },
  ref,
) {
  const settings = useSettings();
  const { verdictTones } = settings;
  const resolved = useMemo(() => resolveScore(block, score, { verdictTones }), [block, score, verdictTones]);
  const labelId = useId();
  return scoreMeter(options, resolved, labelId, settings, ref);
});

/**
 * A score as a meter (not a progress bar): the value clamped to its range for assistive
 * technology, the real value as text, and a bar drawn without inline styles.
 */
export const ScoreMeter = contained<HTMLDivElement, ScoreMeterProps>('ScoreMeter', ScoreMeterRoot);
