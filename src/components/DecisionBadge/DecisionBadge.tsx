'use client';
import { clsx } from 'clsx';
import { forwardRef, useMemo } from 'react';
import { humanize } from '../../model/humanize';
import { resolveDataBlock } from '../../model/normalize';
import { isTone } from '../../model/tone';
import { useDecisionBlocks } from '../../provider/context';
import { LazyTooltip } from '../internal/LazyTooltip';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { ToneIcon } from '../internal/ToneIcon';
import { toneWord } from '../internal/toneWord';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { oneOf } from '../internal/vocabulary';
import { badgeSizes, badgeVariants, type DecisionBadgeProps } from './DecisionBadge.props';

const DecisionBadgeRoot = forwardRef<HTMLSpanElement, DecisionBadgeProps>(function DecisionBadge(
  { verdict, block, tone: toneProp, label, size, variant, tooltip, className, ...rest },
  ref,
) {
  const { messages, verdictTones } = useDecisionBlocks();
  const resolved = useMemo(
    () => resolveDataBlock(block, { verdict }, { verdictTones }),
    [block, verdict, verdictTones],
  );
  const tone = isTone(toneProp) ? toneProp : resolved.tone;
  const customLabel = safeNode(label);
  const hasLabel = !isEmptyNode(customLabel);
  const text = hasLabel ? customLabel : resolved.verdict !== null ? humanize(resolved.verdict) : messages.noVerdict;
  const word = toneWord(tone, messages);
  const saysTone = typeof text === 'string' && text.trim().toLowerCase() === word.toLowerCase();
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
      <ToneIcon tone={tone} />
      <span className="dblk-badge__label">{text}</span>
      {saysTone ? null : <VisuallyHidden> ({word})</VisuallyHidden>}
    </span>
  );

  if (isEmptyNode(tooltipContent)) return badge();
  return <LazyTooltip content={tooltipContent}>{(triggerProps) => badge(triggerProps)}</LazyTooltip>;
});

/** A verdict as a coloured label: icon and text, so colour is never the only signal. */
export const DecisionBadge = contained<HTMLSpanElement, DecisionBadgeProps>('DecisionBadge', DecisionBadgeRoot);
