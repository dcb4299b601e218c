'use client';
import { clsx } from 'clsx';
import { useId, type ReactElement, type ReactNode, type Ref } from 'react';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { humanize } from '../../model/humanize';
import { readDataBlock, type BlockReading } from '../../model/normalize';
import { readField, readText } from '../../model/read';
import type { ContextSettings } from '../../provider/context';
import { badgeView, verdictBadgeModel, type BadgeModel } from '../DecisionBadge/DecisionBadge';
import { ReasonsView } from '../ReasonList/ReasonList';
import { meterModel, meterView, type MeterModel, type MeterOptions } from '../ScoreMeter/ScoreMeter';
import { guard, Unavailable } from '../internal/guard';
import { containedView } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { enumValue, limitValue } from '../internal/propDefs';
import { sizeAttribute, type Size } from '../internal/vocabulary';
import { dataBlockCardPropDefs, type DataBlockCardProps, type HeadingLevel } from './DataBlockCard.props';

/** Everything a card shows, computed before any markup is built. */
export interface CardModel {
  heading: ReactNode;
  headingLevel: HeadingLevel;
  size: Size;
  tone: BlockReading['tone'];
  empty: boolean;
  badge: BadgeModel;
  meter: MeterModel | null;
  reasons: Pick<BlockReading, 'reasons' | 'unreadReasons'>;
  maxReasons: number;
}

export interface CardInput {
  block: BlockReading;
  /** Heading text: a host title, else the block's machine name humanized. */
  title: ReactNode;
  name: unknown;
  headingLevel: unknown;
  size: unknown;
  maxReasons: unknown;
  meter: Pick<MeterOptions, 'direction' | 'thresholds'>;
}

/**
 * The card of a block already read, for `DataBlockCard` and for the cards of `SessionDecision`,
 * which hands its own reading of each block over instead of nesting a card that would read it again.
 */
export function cardModel(
  { block, title, name, headingLevel, size, maxReasons, meter }: CardInput,
  settings: Pick<ContextSettings, 'messages' | 'locale'>,
): CardModel {
  const messages: Partial<Messages> = settings.messages;
  const customTitle = safeNode(title);
  const machineName = humanize(readText(name));
  const cardSize = enumValue(dataBlockCardPropDefs.size, size);
  return {
    heading: !isEmptyNode(customTitle) ? customTitle : machineName || message(messages, 'decision', en.decision),
    headingLevel: enumValue(dataBlockCardPropDefs.headingLevel, headingLevel),
    size: cardSize,
    tone: block.tone,
    empty: block.verdict === null && block.score === null && !block.reasons?.length && block.unreadReasons === 0,
    badge: verdictBadgeModel(block.verdict, block.tone, cardSize, messages),
    meter: block.score === null ? null : meterModel({ ...meter, size: cardSize }, block, settings),
    reasons: { reasons: block.reasons, unreadReasons: block.unreadReasons },
    maxReasons: limitValue(dataBlockCardPropDefs.maxReasons, maxReasons, 1),
  };
}

type CardRest = Omit<
  DataBlockCardProps,
  | 'block'
  | 'verdict'
  | 'score'
  | 'reasons'
  | 'title'
  | 'name'
  | 'headingLevel'
  | 'size'
  | 'maxReasons'
  | 'reasonsMax'
  | 'direction'
  | 'thresholds'
>;

/** The markup of a card model: badge, meter and reasons all draw from the one reading. */
function cardView(
  model: CardModel,
  { className, ...rest }: CardRest,
  id: string,
  cardRef?: Ref<HTMLElement> | undefined,
): ReactElement {
  const headingId = `${id}h`;
  const Heading = `h${model.headingLevel}` as 'h3';
  return (
    <section
      {...rest}
      ref={cardRef}
      className={className ? clsx('dblk-card', className) : 'dblk-card'}
      aria-labelledby={headingId}
      data-tone={model.tone}
      data-size={sizeAttribute(model.size)}
      data-empty={model.empty ? '' : undefined}
    >
      <div className="dblk-card__header">
        <Heading id={headingId} className="dblk-card__title">
          {model.heading}
        </Heading>
        {badgeView(model.badge)}
      </div>
      {model.meter === null ? null : meterView(model.meter, { className: 'dblk-card__meter' }, `${id}m`)}
      <ReasonsView
        className="dblk-card__reasons"
        reasons={model.reasons.reasons}
        unread={model.reasons.unreadReasons}
        limit={model.maxReasons}
        size={model.size}
      />
    </section>
  );
}

/** A card of a block another component already read (the cards of `SessionDecision`). */
export function CardView({ model }: { model: CardModel }): ReactElement {
  return cardView(model, {}, useId());
}

function dataBlockCardView(
  {
    block,
    verdict,
    score,
    reasons,
    title,
    name,
    headingLevel,
    size,
    maxReasons,
    reasonsMax,
    direction,
    thresholds,
    ...rest
  }: DataBlockCardProps,
  ref: Ref<HTMLElement>,
  { messages, locale, verdictTones }: ContextSettings,
  id: string,
): ReactNode {
  const reading = guard('DataBlockCard', () =>
    cardModel(
      {
        block: readDataBlock(block, { verdict, score, reasons }, { verdictTones }),
        title,
        name: name ?? readField(block, 'name'),
        headingLevel,
        size,
        maxReasons: maxReasons ?? reasonsMax,
        meter: { direction, thresholds },
      },
      { messages, locale },
    ),
  );
  if (!reading.ok) return <Unavailable failure={reading.failure} />;
  return cardView(reading.value, rest, id, ref);
}

/** One data block as a card: heading, verdict badge, score meter (when scored) and reasons. */
export const DataBlockCard = containedView<HTMLElement, DataBlockCardProps>('DataBlockCard', dataBlockCardView, {
  withId: true,
});
