'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo } from 'react';
import * as english from '../../i18n/english';
import { formatCount, formatMessage, formatPlural } from '../../i18n/format';
import { toBlockList } from '../../model/collection';
import { raisesIssue, severityRank, toneOf } from '../../model/tone';
import { useSettings } from '../../provider/context';
import { DataBlockCard } from '../DataBlockCard';
import { headingLevels } from '../DataBlockCard/DataBlockCard.props';
import { DataChecksTable } from '../DataChecksTable';
import { DecisionBadge } from '../DecisionBadge';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { oneOf, oneOfNumbers } from '../internal/vocabulary';
import { sessionLayouts, type SessionDecisionProps } from './SessionDecision.props';

function readField(source: unknown, keys: readonly string[]): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  for (const key of keys) {
    try {
      const value = (source as Record<string, unknown>)[key];
      if (value !== undefined) return value;
    } catch {
      // A throwing getter counts as a missing field.
    }
  }
  return undefined;
}

function readOutcome(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

const SessionDecisionRoot = forwardRef<HTMLElement, SessionDecisionProps>(function SessionDecision(
  { outcome, checks, session, layout, title, headingLevel, className, ...rest },
  ref,
) {
  const { messages, locale, verdictTones } = useSettings();
  const headingId = useId();
  const rawOutcome = outcome !== undefined ? outcome : readField(session, ['decisionOutcome', 'outcome']);
  const rawChecks = checks !== undefined ? checks : readField(session, ['dataBlocks', 'datablocks', 'checks']);
  const finalOutcome = readOutcome(rawOutcome);
  const blocks = useMemo(() => toBlockList(rawChecks, { verdictTones }), [rawChecks, verdictTones]);
  const issues = blocks.filter((block) => raisesIssue(block.tone)).length;
  const level = oneOfNumbers(headingLevels, headingLevel, 2);
  const Heading = `h${level}` as 'h2';
  const heading = safeNode(title);
  const hasHeading = !isEmptyNode(heading);
  const chosenLayout = oneOf(sessionLayouts, layout, 'table');
  const summary =
    blocks.length === 0
      ? (messages.summaryNoChecks ?? english.summaryNoChecks)
      : formatPlural(messages.summary ?? english.summary, blocks.length, locale, {
          issues: formatCount(issues, locale),
          total: formatCount(blocks.length, locale),
        });
  const cards = useMemo(
    () =>
      chosenLayout === 'cards'
        ? [...blocks].sort((a, b) => severityRank(a.tone) - severityRank(b.tone) || a.index - b.index)
        : [],
    [blocks, chosenLayout],
  );

  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('dblk-session', className)}
      aria-labelledby={hasHeading ? headingId : undefined}
      data-tone={finalOutcome === null ? 'unknown' : toneOf(finalOutcome, verdictTones)}
      data-layout={chosenLayout}
      data-empty={finalOutcome === null && blocks.length === 0 ? '' : undefined}
    >
      {hasHeading ? (
        <Heading id={headingId} className="dblk-session__title">
          {heading}
        </Heading>
      ) : null}
      <div className="dblk-session__outcome">
        <DecisionBadge
          verdict={finalOutcome}
          label={finalOutcome === null ? (messages.noDecision ?? english.noDecision) : undefined}
          size="lg"
          variant="solid"
        />
        <p className="dblk-session__summary">{summary}</p>
      </div>
      {blocks.length === 0 ? null : chosenLayout === 'table' ? (
        <DataChecksTable checks={rawChecks as never} />
      ) : (
        <ul className="dblk-session__cards">
          {cards.map((block) => (
            <li key={block.key}>
              <DataBlockCard
                name={block.name ?? undefined}
                title={
                  block.name === null
                    ? formatIndex(messages.checkIndex ?? english.checkIndex, block.index + 1, locale)
                    : undefined
                }
                verdict={block.verdict}
                score={block.score}
                reasons={block.reasons}
                headingLevel={Math.min(level + 1, 6) as 3}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

function formatIndex(template: string, index: number, locale: string | undefined): string {
  return formatMessage(template, { index: formatCount(index, locale) });
}

/** A whole flow session: its outcome, a one-line summary, then its blocks with issues first. */
export const SessionDecision = contained<HTMLElement, SessionDecisionProps>('SessionDecision', SessionDecisionRoot);
