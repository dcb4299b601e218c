'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo } from 'react';
import { humanize } from '../../model/humanize';
import { resolveDataBlock } from '../../model/normalize';
import { useDecisionBlocks } from '../../provider/context';
import { DecisionBadge } from '../DecisionBadge';
import { ReasonList } from '../ReasonList';
import { ScoreMeter } from '../ScoreMeter';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { oneOf } from '../internal/vocabulary';
import { cardSizes, headingLevels, type DataBlockCardProps } from './DataBlockCard.props';

function readName(block: unknown): unknown {
  if (typeof block !== 'object' || block === null) return undefined;
  try {
    return (block as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

const DataBlockCardRoot = forwardRef<HTMLElement, DataBlockCardProps>(function DataBlockCard(
  {
    block,
    verdict,
    score,
    reasons,
    title,
    name,
    headingLevel,
    size,
    reasonsMax,
    direction,
    thresholds,
    className,
    ...rest
  },
  ref,
) {
  const { messages, verdictTones } = useDecisionBlocks();
  const headingId = useId();
  const resolved = useMemo(
    () => resolveDataBlock(block, { verdict, score, reasons }, { verdictTones }),
    [block, verdict, score, reasons, verdictTones],
  );
  const customTitle = safeNode(title);
  const machineName = humanize(name ?? readName(block));
  const heading = !isEmptyNode(customTitle) ? customTitle : machineName || messages.decision;
  const Heading = `h${oneOf(headingLevels.map(String), String(headingLevel), '3')}` as 'h3';
  const cardSize = oneOf(cardSizes, size, 'md');
  const isEmpty = resolved.verdict === null && resolved.score === null && !resolved.reasons?.length;

  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('dblk-card', className)}
      aria-labelledby={headingId}
      data-tone={resolved.tone}
      data-size={cardSize}
      data-empty={isEmpty ? '' : undefined}
    >
      <div className="dblk-card__header">
        <Heading id={headingId} className="dblk-card__title">
          {heading}
        </Heading>
        <DecisionBadge verdict={resolved.verdict} tone={resolved.tone} size={cardSize} />
      </div>
      {resolved.score === null ? null : (
        <ScoreMeter
          className="dblk-card__meter"
          score={resolved.score}
          block={{ verdict: resolved.verdict }}
          size={cardSize}
          direction={direction}
          thresholds={thresholds}
        />
      )}
      <ReasonList className="dblk-card__reasons" reasons={resolved.reasons} max={reasonsMax} size={cardSize} />
    </section>
  );
});

/** One data block as a card: heading, verdict badge, score meter (when scored) and reasons. */
export const DataBlockCard = contained<HTMLElement, DataBlockCardProps>('DataBlockCard', DataBlockCardRoot);
