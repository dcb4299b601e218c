'use client';
import { clsx } from 'clsx';
import { forwardRef, useMemo, type ComponentPropsWithRef, type ReactElement, type ReactNode, type Ref } from 'react';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { verdictText } from '../../i18n/verdicts';
import { readVerdict } from '../../model/normalize';
import { isTone } from '../../model/tone';
import { TONES, type Tone } from '../../model/types';
import { useSettings } from '../../provider/context';
import { guard, Unavailable } from '../internal/guard';
import { LazyTooltip } from '../internal/LazyTooltip';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { toneWord } from '../internal/toneWord';
import { enumValue } from '../internal/propDefs';
import type { Size, Variant } from '../internal/vocabulary';
import { decisionBadgePropDefs, type DecisionBadgeProps } from './DecisionBadge.props';

/** Everything a badge shows, computed before any markup is built. */
export interface BadgeModel {
  text: ReactNode;
  tone: Tone;
  /** The tone word for assistive technology, or null when the text already says it. */
  toneWord: string | null;
  size: Size;
  variant: Variant;
  empty: boolean;
}

/**
 * Whether the text already is a tone word: its own (nothing to add) or another tone's. A verdict
 * a vendor spelled like a tone word ("Needs review" that no vocabulary knows) must not be read
 * out as "Needs review (Unknown)", which contradicts itself.
 */
function isToneWord(text: ReactNode, messages: Partial<Messages>): boolean {
  if (typeof text !== 'string') return false;
  const spoken = text.trim().toLowerCase();
  return TONES.some((tone) => toneWord(tone, messages).toLowerCase() === spoken);
}

/**
 * A badge without a verdict says so in its text ("No verdict"); "(Unknown)" would only repeat it,
 * as would "(Passed)" after a label that reads "Passed".
 */
function hiddenToneWord(text: ReactNode, tone: Tone, messages: Partial<Messages>, noVerdict: boolean): string | null {
  const saysTone = (noVerdict && tone === 'unknown') || isToneWord(text, messages);
  return saysTone ? null : toneWord(tone, messages);
}

/**
 * The badge of an already normalized verdict, for the components that show one per block: the
 * model of `<DecisionBadge verdict tone size />`, without a second reading of the block.
 */
export function verdictBadgeModel(
  verdict: string | null,
  tone: Tone,
  size: Size,
  messages: Partial<Messages>,
  label: ReactNode = null,
  variant: Variant = decisionBadgePropDefs.variant.default,
): BadgeModel {
  const hasLabel = !isEmptyNode(label);
  const text = hasLabel
    ? label
    : verdict !== null
      ? verdictText(verdict, messages.verdicts)
      : message(messages, 'noVerdict', en.noVerdict);
  return {
    text,
    tone,
    toneWord: hiddenToneWord(text, tone, messages, verdict === null),
    size,
    variant,
    // Missing data stays marked as missing when a host words it ("In progress", "No decision yet").
    empty: verdict === null,
  };
}

/**
 * The markup of a badge model, for the components that draw one per block and for
 * `DecisionBadge`, which adds the host's attributes. The icon is the root's `::before`, drawn by
 * the stylesheet from `data-tone`, so a badge costs one element, two with the tone word.
 */
export function badgeView(model: BadgeModel, props?: ComponentPropsWithRef<'span'>): ReactElement {
  return (
    <span
      {...props}
      className={clsx('dblk-badge', props?.className)}
      data-tone={model.tone}
      data-size={model.size}
      data-variant={model.variant}
      data-empty={model.empty ? '' : undefined}
      dir="auto"
    >
      {model.text}
      {model.toneWord === null ? null : <span className="dblk-visually-hidden"> ({model.toneWord})</span>}
    </span>
  );
}

interface BadgeReading {
  model: BadgeModel;
  tooltip: ReactNode;
}

type BadgeRest = Omit<DecisionBadgeProps, 'verdict' | 'block' | 'tone' | 'label' | 'size' | 'variant' | 'tooltip'>;

function decisionBadgeView({ model, tooltip }: BadgeReading, rest: BadgeRest, ref: Ref<HTMLSpanElement>): ReactElement {
  if (isEmptyNode(tooltip)) return badgeView(model, { ...rest, ref });
  return (
    <LazyTooltip content={tooltip}>
      {(triggerProps) => badgeView(model, { ...rest, ...triggerProps, ref, tabIndex: 0 })}
    </LazyTooltip>
  );
}

const DecisionBadgeRoot = forwardRef<HTMLSpanElement, DecisionBadgeProps>(function DecisionBadge(
  { verdict, block, tone, label, size, variant, tooltip, ...rest },
  ref,
) {
  const { messages, verdictTones } = useSettings();
  const reading = useMemo(
    () =>
      guard('DecisionBadge', (): BadgeReading => {
        const resolved = readVerdict(block, verdict, { verdictTones });
        return {
          model: verdictBadgeModel(
            resolved.verdict,
            isTone(tone) ? tone : resolved.tone,
            enumValue(decisionBadgePropDefs.size, size),
            messages,
            safeNode(label),
            enumValue(decisionBadgePropDefs.variant, variant),
          ),
          tooltip: safeNode(tooltip),
        };
      }),
    [block, verdict, verdictTones, tone, size, messages, label, variant, tooltip],
  );
  if (!reading.ok) return <Unavailable failure={reading.failure} />;
  return decisionBadgeView(reading.value, rest, ref);
});

/** A verdict as a coloured label: icon and text, so colour is never the only signal. */
export const DecisionBadge = contained<HTMLSpanElement, DecisionBadgeProps>('DecisionBadge', DecisionBadgeRoot);
