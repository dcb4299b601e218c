'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo } from 'react';
import * as english from '../../i18n/english';
import { humanize } from '../../model/humanize';
import { resolveDataBlock } from '../../model/normalize';
import { useSettings } from '../../provider/context';
import { verdictBadge } from '../DecisionBadge/DecisionBadge';
import { ReasonsView } from '../ReasonList/ReasonList';
import { scoreMeter } from '../ScoreMeter/ScoreMeter';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { oneOf, oneOfNumbers } from '../internal/vocabulary';
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
  const settings = useSettings();
  const { messages, verdictTones } = settings;
  const headingId = useId();
  const meterLabelId = useId();
  const resolved = useMemo(
    () => resolveDataBlock(block, { verdict, score, reasons }, { verdictTones }),
    [block, verdict, score, reasons, verdictTones],
  );
  const customTitle = safeNode(title);
  const machineName = humanize(name ?? readName(block));
  const heading = !isEmptyNode(customTitle) ? customTitle : machineName || (messages.decision ?? english.decision);
  const Heading = `h${oneOfNumbers(headingLevels, headingLevel, 3)}` as 'h3';
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
        {verdictBadge(resolved.verdict, resolved.tone, cardSize, messages)}
      </div>
      {/* The block is read once, above: badge, meter and reasons draw from that reading. */}
      {resolved.score === null
        ? null
        : scoreMeter(
            { className: 'dblk-card__meter', size: cardSize, direction, thresholds },
            resolved,
            meterLabelId,
            settings,
          )}
      <ReasonsView className="dblk-card__reasons" reasons={resolved.reasons} max={reasonsMax} size={cardSize} />
    </section>
  );
});

/** One data block as a card: heading, verdict badge, score meter (when scored) and reasons. */
export const DataBlockCard = contained<HTMLElement, DataBlockCardProps>('DataBlockCard', DataBlockCardRoot);
