'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithRef, type ReactElement, type ReactNode, type Ref } from 'react';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { verdictText } from '../../i18n/verdicts';
import { readVerdict } from '../../model/normalize';
import { isTone } from '../../model/tone';
import { TONES, type Tone } from '../../model/types';
import type { ContextSettings } from '../../provider/context';
import { guard, Unavailable } from '../internal/guard';
import { LazyTooltip } from '../internal/LazyTooltip';
import { containedView, mayThrowInRender } from '../internal/RenderBoundary';
import { textDirection } from '../internal/direction';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { toneWord } from '../internal/toneWord';
import { enumValue } from '../internal/propDefs';
import { sizeAttribute, type Size, type Variant } from '../internal/vocabulary';
import { decisionBadgePropDefs, type DecisionBadgeProps } from './DecisionBadge.props';

/** Everything a badge shows, computed before any markup is built. */
export interface BadgeModel {
  text: ReactNode;
  tone: Tone;
  /** The tone word for assistive technology, or null when the text already says it. */
  toneWord: string | null;
  /**
   * The badge's name when a tone word is read before text that is a string ("Failed, Not
   * trusted"): the badge is then one element, an image of icon and text named so. Null when
   * there is no tone word to add, or when the text is a host's element and the word is hidden text.
   */
  spoken: string | null;
  size: Size;
  variant: Variant;
  empty: boolean;
  /** The direction of the text (`textDirection`), read once per model rather than once per badge drawn. */
  dir: 'ltr' | 'auto';
}

/**
 * Whether the text already is a tone word: its own (nothing to add) or another tone's. A verdict
 * a vendor spelled like a tone word ("Needs review" that no vocabulary knows) must not be read
 * out as "Unknown, Needs review", which contradicts itself.
 */
function isToneWord(text: ReactNode, messages: Partial<Messages>): boolean {
  if (typeof text !== 'string') return false;
  let words = toneWords.get(messages);
  if (!words) {
    words = new Set(TONES.map((tone) => toneWord(tone, messages).toLowerCase()));
    toneWords.set(messages, words);
  }
  return words.has(text.trim().toLowerCase());
}

/** The tone words of each message set, lower-cased: asked once per badge, table row and card. */
const toneWords = new WeakMap<Partial<Messages>, Set<string>>();

/**
 * A badge without a verdict says so in its text ("No verdict"); "Unknown" would only repeat it,
 * as would "Passed" before a label that reads "Passed".
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
  const word = hiddenToneWord(text, tone, messages, verdict === null);
  return {
    text,
    tone,
    toneWord: word,
    spoken: word !== null && typeof text === 'string' ? `${word}, ${text}` : null,
    size,
    variant,
    // Missing data stays marked as missing when a host words it ("In progress", "No decision yet").
    empty: verdict === null,
    dir: textDirection(text),
  };
}

/**
 * The markup of a badge model, for the components that draw one per block and for
 * `DecisionBadge`, which adds the host's attributes. The stylesheet draws the icon in the root's
 * background from `data-tone`. A tone word read before text makes the badge an image of icon and
 * text, named "Failed, Not trusted", so that it stays one element: a visually hidden element or
 * generated content would be a second box to lay out for each of thousands of badges. Only a
 * badge whose text is a host's element reads its tone word from a visually hidden element
 * before the text. A host's `role` or `aria-label` wins over the badge's own.
 */
export function badgeView(model: BadgeModel, props?: ComponentPropsWithRef<'span'>): ReactElement {
  return (
    <span
      role={model.spoken === null ? undefined : 'img'}
      aria-label={model.spoken ?? undefined}
      {...props}
      className={props?.className ? clsx('dblk-badge', props.className) : 'dblk-badge'}
      data-tone={model.tone}
      // The default size and variant are the stylesheet's defaults: no attribute to set.
      data-size={sizeAttribute(model.size)}
      data-variant={model.variant === 'subtle' ? undefined : model.variant}
      data-empty={model.empty ? '' : undefined}
      dir={model.dir}
    >
      {model.toneWord === null || model.spoken !== null ? (
        // The text as the only child: React sets it as the element's text, with no node of its own to track.
        model.text
      ) : (
        <>
          {/* Its own dir: the badge's direction comes from its text, not from a tone word before it. */}
          <span className="dblk-visually-hidden" dir={textDirection(model.toneWord)}>
            {`${model.toneWord}, `}
          </span>
          {model.text}
        </>
      )}
    </span>
  );
}

type BadgeRest = Omit<DecisionBadgeProps, 'verdict' | 'block' | 'tone' | 'label' | 'size' | 'variant' | 'tooltip'>;

/**
 * Models of the badges most pages draw many of: a verdict word without a block or label, for the
 * settings last used (other messages or vocabulary start afresh). Bounded.
 */
let models = new Map<string, BadgeModel>();
let modelSettings: unknown[] = [];

function cachedModel(
  verdict: string,
  tone: string | undefined,
  size: string | undefined,
  variant: string | undefined,
  messages: Partial<Messages>,
  verdictTones: ContextSettings['verdictTones'],
): BadgeModel {
  if (modelSettings[0] !== messages || modelSettings[1] !== verdictTones || models.size >= 512) {
    models = new Map();
    modelSettings = [messages, verdictTones];
  }
  const key = `${tone}|${size}|${variant}|${verdict}`;
  let model = models.get(key);
  if (!model)
    models.set(key, (model = readModel(undefined, verdict, tone, size, variant, null, messages, verdictTones)));
  return model;
}

function readModel(
  block: unknown,
  verdict: unknown,
  tone: unknown,
  size: unknown,
  variant: unknown,
  label: ReactNode,
  messages: Partial<Messages>,
  verdictTones: ContextSettings['verdictTones'],
): BadgeModel {
  const resolved = readVerdict(block, verdict, { verdictTones });
  return verdictBadgeModel(
    resolved.verdict,
    isTone(tone) ? tone : resolved.tone,
    enumValue(decisionBadgePropDefs.size, size),
    messages,
    label,
    enumValue(decisionBadgePropDefs.variant, variant),
  );
}

function badgeReading(
  { verdict, block, tone, label, size, variant }: DecisionBadgeProps,
  { messages, verdictTones }: ContextSettings,
): BadgeModel {
  if (typeof verdict === 'string' && block === undefined && label === undefined) {
    // The key is made of resolved values, none of which holds "|", then the verdict: no two inputs share one.
    return cachedModel(
      verdict,
      isTone(tone) ? tone : undefined,
      enumValue(decisionBadgePropDefs.size, size),
      enumValue(decisionBadgePropDefs.variant, variant),
      messages,
      verdictTones,
    );
  }
  return readModel(block, verdict, tone, size, variant, safeNode(label), messages, verdictTones);
}

function decisionBadgeView(props: DecisionBadgeProps, ref: Ref<HTMLSpanElement>, settings: ContextSettings): ReactNode {
  const {
    verdict: _verdict,
    block: _block,
    tone: _tone,
    label: _label,
    size: _size,
    variant: _variant,
    tooltip,
    ...rest
  } = props;
  const reading = guard('DecisionBadge', () => ({ model: badgeReading(props, settings), tooltip: safeNode(tooltip) }));
  if (!reading.ok) return <Unavailable failure={reading.failure} />;
  const { model, tooltip: content } = reading.value;
  const own: BadgeRest = rest;
  if (isEmptyNode(content)) return badgeView(model, { ...own, ref });
  return (
    <LazyTooltip content={content}>
      {(triggerProps) => badgeView(model, { ...own, ...triggerProps, ref, tabIndex: 0 })}
    </LazyTooltip>
  );
}

/**
 * A badge of a verdict word and attributes renders nothing that can throw once its guarded
 * reading is done, so the thousands of badges of a long list need no boundary each. A label or
 * tooltip that is not text (a host element), or any DOM attribute given as an object (`style`),
 * gets one; so does any tooltip, whose code loads lazily.
 */
function badgeNeedsBoundary(props: DecisionBadgeProps): boolean {
  if (props.tooltip !== undefined && props.tooltip !== null && props.tooltip !== '') return true;
  for (const key in props) {
    if (key !== 'block' && mayThrowInRender(props[key as keyof DecisionBadgeProps])) return true;
  }
  return false;
}

/** A verdict as a coloured label: icon and text, so colour is never the only signal. */
export const DecisionBadge = containedView<HTMLSpanElement, DecisionBadgeProps>('DecisionBadge', decisionBadgeView, {
  needsBoundary: badgeNeedsBoundary,
});
