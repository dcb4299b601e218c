'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, useState, type ReactNode, type Ref } from 'react';
import { formatCount, formatPlural } from '../../i18n/format';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { uniqueKeys } from '../../model/collection';
import { readField, readText } from '../../model/read';
import { raisesIssue, toneOf } from '../../model/tone';
import type { Tone } from '../../model/types';
import { useSettings } from '../../provider/context';
import { CardView, cardModel, type CardModel } from '../DataBlockCard/DataBlockCard';
import type { HeadingLevel } from '../DataBlockCard/DataBlockCard.props';
import { ChecksTable } from '../DataChecksTable/ChecksTable';
import { newRowCache, readCheckRows, groupByTone, type CheckRowData, type RowReading } from '../DataChecksTable/rows';
import { badgeView, verdictBadgeModel, type BadgeModel } from '../DecisionBadge/DecisionBadge';
import { guard, Unavailable } from '../internal/guard';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { enumValue, limitValue } from '../internal/propDefs';
import { sessionDecisionPropDefs, type SessionDecisionProps, type SessionLayout } from './SessionDecision.props';

/** The first field of `keys` that the session has. */
function firstField(source: unknown, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = readField(source, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Everything a session shows, computed before any markup is built. */
interface SessionModel {
  heading: ReactNode;
  level: HeadingLevel;
  layout: SessionLayout;
  tone: Tone;
  empty: boolean;
  outcome: BadgeModel;
  summary: string;
  rows: CheckRowData[];
  count: number;
  /** Issue-raising blocks first, for the cards layout; empty in the table layout. */
  cards: { key: string; model: CardModel }[];
  moreChecks: string | null;
}

type SessionRest = Omit<
  SessionDecisionProps,
  'outcome' | 'checks' | 'session' | 'layout' | 'title' | 'headingLevel' | 'maxRows'
>;

function sessionView(
  model: SessionModel,
  { className, ...rest }: SessionRest,
  headingId: string,
  ref: Ref<HTMLElement>,
) {
  const Heading = `h${model.level}` as 'h2';
  const hasHeading = !isEmptyNode(model.heading);
  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('dblk-session', className)}
      aria-labelledby={hasHeading ? headingId : undefined}
      data-tone={model.tone}
      data-layout={model.layout}
      data-empty={model.empty ? '' : undefined}
    >
      {hasHeading ? (
        <Heading id={headingId} className="dblk-session__title">
          {model.heading}
        </Heading>
      ) : null}
      <div className="dblk-session__outcome">
        {badgeView(model.outcome)}
        <p className="dblk-session__summary">{model.summary}</p>
      </div>
      {model.count === 0 ? null : model.layout === 'table' ? (
        <ChecksTable rows={model.rows} count={model.count} size="md" options={{}} />
      ) : (
        <>
          <ul className="dblk-session__cards">
            {model.cards.map((card) => (
              <li key={card.key}>
                <CardView model={card.model} />
              </li>
            ))}
          </ul>
          {model.moreChecks === null ? null : <p className="dblk-session__more">{model.moreChecks}</p>}
        </>
      )}
    </section>
  );
}

const SessionDecisionRoot = forwardRef<HTMLElement, SessionDecisionProps>(function SessionDecision(
  { outcome, checks, session, layout, title, headingLevel, maxRows, ...rest },
  ref,
) {
  const { messages, locale, verdictTones } = useSettings();
  const headingId = useId();
  const [rowCache] = useState(newRowCache);
  const reading = useMemo(
    (): RowReading => ({ options: { verdictTones }, messages, locale, size: 'md' }),
    [verdictTones, messages, locale],
  );
  const rawOutcome = outcome !== undefined ? outcome : firstField(session, ['decisionOutcome', 'outcome']);
  const rawChecks = checks !== undefined ? checks : firstField(session, ['dataBlocks', 'datablocks', 'checks']);
  const model = useMemo(
    () =>
      guard('SessionDecision', (): SessionModel => {
        const text: Partial<Messages> = messages;
        // The session reads each block once: the summary, the table rows and the cards share it.
        const { rows, count } = readCheckRows(
          rawChecks,
          rowCache,
          reading,
          limitValue(sessionDecisionPropDefs.maxRows, maxRows),
        );
        const finalOutcome = readText(rawOutcome);
        const tone = finalOutcome === null ? 'unknown' : toneOf(finalOutcome, verdictTones);
        const level = enumValue(sessionDecisionPropDefs.headingLevel, headingLevel);
        const chosenLayout = enumValue(sessionDecisionPropDefs.layout, layout);
        const issues = rows.filter((row) => raisesIssue(row.block.tone)).length;
        const hidden = count - rows.length;
        // Cards go most severe first, ties in input order, like the table's default order.
        const cardRows = chosenLayout === 'cards' ? groupByTone(rows).flatMap((group) => group.rows) : [];
        const cardKeys = uniqueKeys(cardRows.map((row) => row.block));
        return {
          heading: safeNode(title),
          level,
          layout: chosenLayout,
          tone,
          empty: finalOutcome === null && count === 0,
          outcome: verdictBadgeModel(
            finalOutcome,
            tone,
            'lg',
            text,
            finalOutcome === null ? message(text, 'noDecision', en.noDecision) : null,
            'solid',
          ),
          summary:
            rows.length === 0
              ? message(text, 'summaryNoChecks', en.summaryNoChecks)
              : formatPlural(message(text, 'summary', en.summary), rows.length, locale, {
                  issues: formatCount(issues, locale),
                  total: formatCount(rows.length, locale),
                }),
          rows,
          count,
          cards:
            chosenLayout === 'cards'
              ? cardRows.map((row, index) => ({
                  key: cardKeys[index] as string,
                  model: cardModel(
                    {
                      block: row.details().block,
                      title: row.details().label,
                      name: null,
                      headingLevel: Math.min(level + 1, 6),
                      size: 'md',
                      maxReasons: undefined,
                      meter: {},
                    },
                    { messages, locale },
                  ),
                }))
              : [],
          moreChecks:
            hidden > 0
              ? formatPlural(message(text, 'moreChecks', en.moreChecks), hidden, locale, {
                  count: formatCount(hidden, locale),
                })
              : null,
        };
      }),
    [rawChecks, rowCache, reading, maxRows, rawOutcome, verdictTones, headingLevel, layout, title, messages, locale],
  );
  if (!model.ok) return <Unavailable failure={model.failure} />;
  return sessionView(model.value, rest, headingId, ref);
});

/** A whole flow session: its outcome, a one-line summary, then its blocks with issues first. */
export const SessionDecision = contained<HTMLElement, SessionDecisionProps>('SessionDecision', SessionDecisionRoot);
