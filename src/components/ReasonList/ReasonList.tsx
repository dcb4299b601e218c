'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, useState, type Ref } from 'react';
import { formatCount, formatMessage } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import { lookupReason, toneOfDecisionType } from '../../model/catalog';
import { humanize, isEnumToken } from '../../model/humanize';
import { resolveDataBlock } from '../../model/normalize';
import { isTone } from '../../model/tone';
import {
  DECISION_TYPES,
  type CatalogEntry,
  type DecisionType,
  type NormalizedReason,
  type ReasonCatalog,
  type Tone,
} from '../../model/types';
import { useDecisionBlocks } from '../../provider/context';
import { LazyTooltip } from '../internal/LazyTooltip';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { oneOf } from '../internal/vocabulary';
import { DEFAULT_VISIBLE_REASONS, reasonListSizes, type ReasonListProps } from './ReasonList.props';

/** A catalog entry as shown: host catalogs come from JS too, so every field is checked. */
interface KnownCode {
  code: string;
  title: string;
  description: string | null;
  tone: Tone | undefined;
  docsUrl: string | null;
}

function nonEmptyText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isDecisionType(value: unknown): value is DecisionType {
  return (DECISION_TYPES as readonly unknown[]).includes(value);
}

function toneOfEntry(entry: CatalogEntry): Tone | undefined {
  if (isTone(entry.tone)) return entry.tone;
  return isDecisionType(entry.decisionType) ? toneOfDecisionType(entry.decisionType) : undefined;
}

/** Only absolute http(s) links: a host catalog must not be a way to inject `javascript:` URLs. */
function safeDocsUrl(value: unknown): string | null {
  if (nonEmptyText(value) === null) return null;
  try {
    const url = new URL(value as string);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function knownCode(code: string, catalog: ReasonCatalog): KnownCode | null {
  const entry = lookupReason(code, catalog);
  if (!entry) return null;
  return {
    code,
    title: nonEmptyText(entry.title) ?? humanize(code),
    description: nonEmptyText(entry.description),
    tone: toneOfEntry(entry),
    docsUrl: safeDocsUrl(entry.docsUrl),
  };
}

interface ReasonView {
  key: string;
  /** The code, then an enum token from the details: both stay visible as code. */
  chips: { code: string; known: KnownCode | null }[];
  text: string | null;
  /** The entry that gives the item its tone and docs link: the code's, else the token's. */
  known: KnownCode | null;
}

function viewOf(reason: NormalizedReason, catalog: ReasonCatalog, messages: Messages): ReasonView {
  const chips: ReasonView['chips'] = [];
  const codeEntry = reason.code === null ? null : knownCode(reason.code, catalog);
  if (reason.code !== null) chips.push({ code: reason.code, known: codeEntry });

  const token = isEnumToken(reason.details) ? reason.details : null;
  const tokenEntry = token === null ? null : token === reason.code ? codeEntry : knownCode(token, catalog);
  if (token !== null && token !== reason.code) chips.push({ code: token, known: tokenEntry });

  let body: string | null;
  if (token !== null) body = tokenEntry?.title ?? humanize(token);
  else if (reason.details !== null) body = reason.details;
  else if (codeEntry) body = codeEntry.description ?? codeEntry.title;
  else if (reason.code !== null) body = isEnumToken(reason.code) ? humanize(reason.code) : null;
  else body = messages.unspecifiedReason;

  return { key: reason.key, chips, text: body, known: codeEntry ?? tokenEntry };
}

function CodeChip({ code, known, messages }: { code: string; known: KnownCode | null; messages: Messages }) {
  if (!known) return <code className="dblk-code">{code}</code>;
  const tip = (
    <>
      <strong className="dblk-reason-tip__title">{known.title}</strong>
      {known.description === null ? null : (
        <>
          {' '}
          <span className="dblk-reason-tip__description">{known.description}</span>
        </>
      )}
    </>
  );
  return (
    <LazyTooltip content={tip}>
      {(triggerProps) => (
        <button
          type="button"
          className="dblk-code"
          aria-label={formatMessage(messages.reasonCode, { code })}
          {...triggerProps}
        >
          <code>{code}</code>
        </button>
      )}
    </LazyTooltip>
  );
}

function ReasonItem({ view, messages }: { view: ReasonView; messages: Messages }) {
  const { known } = view;
  return (
    <li className="dblk-reason" data-tone={known?.tone}>
      {view.chips.map((chip) => (
        <CodeChip key={chip.code} code={chip.code} known={chip.known} messages={messages} />
      ))}
      {view.text === null ? null : <span className="dblk-reason__text">{view.text}</span>}
      {known?.docsUrl ? (
        // Beside the text, not in the tooltip: a tooltip cannot hold anything a keyboard user can reach.
        <a className="dblk-reason__docs" href={known.docsUrl} target="_blank" rel="noopener noreferrer">
          {messages.learnMore} <VisuallyHidden>{known.code}</VisuallyHidden>
        </a>
      ) : null}
    </li>
  );
}

/** Integers from 1 up (or Infinity for "never collapse"); anything else gets the default. */
function visibleLimit(max: unknown): number {
  return typeof max === 'number' && max >= 1 ? Math.floor(max) : DEFAULT_VISIBLE_REASONS;
}

const ReasonListRoot = forwardRef<HTMLElement, ReasonListProps>(function ReasonList(
  { reasons: reasonsProp, block, max, emptyText, size, className, id, ...rest },
  ref,
) {
  const { catalog, messages, locale } = useDecisionBlocks();
  const reasons = useMemo(() => resolveDataBlock(block, { reasons: reasonsProp }).reasons ?? [], [block, reasonsProp]);
  const [expanded, setExpanded] = useState(false);
  const generatedId = useId();
  const listId = id ?? generatedId;
  const sizeValue = oneOf(reasonListSizes, size, 'md');

  if (reasons.length === 0) {
    if (emptyText === null) return null;
    const custom = safeNode(emptyText);
    return (
      <p
        {...rest}
        id={id}
        ref={ref as Ref<HTMLParagraphElement>}
        className={clsx('dblk-reasons-empty', className)}
        data-size={sizeValue}
        data-empty=""
      >
        {isEmptyNode(custom) ? messages.noReasons : custom}
      </p>
    );
  }

  const limit = visibleLimit(max);
  const hiddenCount = Math.max(0, reasons.length - limit);
  // Only the visible slice is rendered: a block with thousands of reasons stays cheap until expanded.
  const visible = expanded || hiddenCount === 0 ? reasons : reasons.slice(0, limit);

  return (
    <>
      {/* role="list" is restated because Safari drops list semantics from lists styled without markers. */}
      <ul
        {...rest}
        id={listId}
        ref={ref as Ref<HTMLUListElement>}
        className={clsx('dblk-reasons', className)}
        role="list"
        data-size={sizeValue}
      >
        {visible.map((reason) => (
          <ReasonItem key={reason.key} view={viewOf(reason, catalog, messages)} messages={messages} />
        ))}
      </ul>
      {hiddenCount === 0 ? null : (
        <button
          type="button"
          className="dblk-button dblk-reasons-more"
          aria-expanded={expanded}
          aria-controls={listId}
          data-size={sizeValue}
          onClick={() => setExpanded((was) => !was)}
        >
          {expanded
            ? messages.showFewer
            : formatMessage(messages.showMore, { count: formatCount(hiddenCount, locale) })}
        </button>
      )}
    </>
  );
});

/**
 * The reasons behind a decision: each code as a chip (with the catalog's explanation in a
 * tooltip when the code is known), then its details in words.
 */
export const ReasonList = contained<HTMLElement, ReasonListProps>('ReasonList', ReasonListRoot);
