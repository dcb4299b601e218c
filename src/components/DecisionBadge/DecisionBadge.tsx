'use client';
import { clsx } from 'clsx';
import { forwardRef, useMemo, type ReactElement, type ReactNode } from 'react';
import * as english from '../../i18n/english';
import type { Messages } from '../../i18n/messages';
import { verdictText } from '../../i18n/verdicts';
import { resolveVerdict } from '../../model/fields';
import { isTone } from '../../model/tone';
import { TONES, type Tone } from '../../model/types';
import { useSettings } from '../../provider/context';
import { LazyTooltip } from '../internal/LazyTooltip';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { toneIcon } from '../internal/ToneIcon';
import { toneWord } from '../internal/toneWord';
import { oneOf, type Size } from '../internal/vocabulary';
import { badgeSizes, badgeVariants, type DecisionBadgeProps } from './DecisionBadge.props';

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
 * Icon, text, and the tone word for assistive technology unless the text already says one. A
 * badge without a verdict says so in its text ("No verdict"); "(Unknown)" would only repeat it.
 */
function badgeBody(text: ReactNode, tone: Tone, messages: Partial<Messages>, noVerdict: boolean) {
  const saysTone = (noVerdict && tone === 'unknown') || isToneWord(text, messages);
  return (
    <>
      {toneIcon(tone)}
      <span className="dblk-badge__label">{text}</span>
      {saysTone ? null : <span className="dblk-visually-hidden"> ({toneWord(tone, messages)})</span>}
    </>
  );
}

/**
 * The badge of an already normalized verdict, for the components that show one per block:
 * the markup of `<DecisionBadge verdict tone size />`, without a second error boundary or a
 * second reading of the block.
 */
export function verdictBadge(
  verdict: string | null,
  tone: Tone,
  size: Size,
  messages: Partial<Messages>,
): ReactElement {
  return (
    <span
      className="dblk-badge"
      data-tone={tone}
      data-size={size}
      data-variant="subtle"
      data-empty={verdict === null ? '' : undefined}
    >
      {badgeBody(
        verdict !== null ? verdictText(verdict, messages.verdicts) : (messages.noVerdict ?? english.noVerdict),
        tone,
        messages,
        verdict === null,
      )}
    </span>
  );
}

const DecisionBadgeRoot = forwardRef<HTMLSpanElement, DecisionBadgeProps>(function DecisionBadge(
  { verdict, block, tone: toneProp, label, size, variant, tooltip, className, ...rest },
  ref,
) {
  const { messages, verdictTones } = useSettings();
  const resolved = useMemo(() => resolveVerdict(block, verdict, { verdictTones }), [block, verdict, verdictTones]);
  const tone = isTone(toneProp) ? toneProp : resolved.tone;
  const customLabel = safeNode(label);
  const hasLabel = !isEmptyNode(customLabel);
  const text = hasLabel
    ? customLabel
    : resolved.verdict !== null
      ? verdictText(resolved.verdict, messages.verdicts)
      : (messages.noVerdict ?? english.noVerdict);
  const tooltipContent = safeNode(tooltip);

  const badge = (triggerProps?: object) => (
    <span
      {...rest}
      {...triggerProps}
      ref={ref}
      className={clsx('dblk-badge', className)}
      data-tone={tone}
      data-size={oneOf(badgeSizes, size, 'md')}
      data-variant={oneOf(badgeVariants, variant, 'subtle')}
      data-empty={resolved.verdict === null && !hasLabel ? '' : undefined}
      tabIndex={triggerProps ? 0 : rest.tabIndex}
    >
      {badgeBody(text, tone, messages, resolved.verdict === null)}
    </span>
  );

  if (isEmptyNode(tooltipContent)) return badge();
  return <LazyTooltip content={tooltipContent}>{(triggerProps) => badge(triggerProps)}</LazyTooltip>;
});

/** A verdict as a coloured label: icon and text, so colour is never the only signal. */
export const DecisionBadge = contained<HTMLSpanElement, DecisionBadgeProps>('DecisionBadge', DecisionBadgeRoot);
