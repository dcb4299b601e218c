'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, useState, type Ref } from 'react';
import { formatCount, formatMessage } from '../../i18n/format';
import * as english from '../../i18n/english';
import type { Messages } from '../../i18n/messages';
import { defaultCatalog, lookupReason, toneOfDecisionType } from '../../model/catalog';
import { humanize, isEnumToken } from '../../model/humanize';
import { resolveReasons } from '../../model/normalize';
import { isTone } from '../../model/tone';
import {
  DECISION_TYPES,
  type CatalogEntry,
  type DecisionType,
  type NormalizedReason,
  type ReasonCatalog,
  type Tone,
} from '../../model/types';
import { useSettings, type ContextSettings } from '../../provider/context';
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

const knownCodes = new WeakMap<ReasonCatalog, Map<string, KnownCode | null>>();

/** Catalogs are merged into new objects by providers and never change, so each code is looked up once per catalog. */
function knownCode(code: string, source: string | undefined, catalog: ReasonCatalog): KnownCode | null {
  let codes = knownCodes.get(catalog);
  if (!codes) {
    codes = new Map();
    knownCodes.set(catalog, codes);
  }
  const key = source === undefined ? code : `${source}\u0000${code}`;
  let known = codes.get(key);
  if (known === undefined) {
    known = readKnownCode(code, source, catalog);
    codes.set(key, known);
  }
  return known;
}

function readKnownCode(code: string, source: string | undefined, catalog: ReasonCatalog): KnownCode | null {
  const entry = lookupReason(code, catalog, source);
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

function viewOf(reason: NormalizedReason, catalog: ReasonCatalog, messages: Partial<Messages>): ReasonView {
  const chips: ReasonView['chips'] = [];
  const codeEntry = reason.code === null ? null : knownCode(reason.code, reason.source, catalog);
  if (reason.code !== null) chips.push({ code: reason.code, known: codeEntry });

  const token = isEnumToken(reason.details) ? reason.details : null;
  const tokenEntry =
    token === null ? null : token === reason.code ? codeEntry : knownCode(token, reason.source, catalog);
  if (token !== null && token !== reason.code) chips.push({ code: token, known: tokenEntry });

  let body: string | null;
  if (token !== null) body = tokenEntry?.title ?? humanize(token);
  else if (reason.details !== null) body = reason.details;
  else if (codeEntry) body = codeEntry.description ?? codeEntry.title;
  else if (reason.code !== null) body = isEnumToken(reason.code) ? humanize(reason.code) : null;
  else body = messages.unspecifiedReason ?? english.unspecifiedReason;

  return { key: reason.key, chips, text: body, known: codeEntry ?? tokenEntry };
}

function codeChip({ code, known }: ReasonView['chips'][number], messages: Partial<Messages>) {
  if (!known) {
    return (
      <code key={code} className="dblk-code">
        {code}
      </code>
    );
  }
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
    <LazyTooltip key={code} content={tip}>
      {(triggerProps) => (
        <button
          type="button"
          className="dblk-code"
          aria-label={formatMessage(messages.reasonCode ?? english.reasonCode, { code })}
          {...triggerProps}
        >
          <code>{code}</code>
        </button>
      )}
    </LazyTooltip>
  );
}

// Items and chips are plain functions, not components: a long list pays for its elements only.
function reasonItem(view: ReasonView, messages: Partial<Messages>) {
  const { known } = view;
  return (
    <li key={view.key} className="dblk-reason" data-tone={known?.tone}>
      {view.chips.map((chip) => codeChip(chip, messages))}
      {view.text === null ? null : <span className="dblk-reason__text">{view.text}</span>}
      {known?.docsUrl ? (
        // Beside the text, not in the tooltip: a tooltip cannot hold anything a keyboard user can reach.
        <a className="dblk-reason__docs" href={known.docsUrl} target="_blank" rel="noopener noreferrer">
          {messages.learnMore ?? english.learnMore} <VisuallyHidden>{known.code}</VisuallyHidden>
        </a>
      ) : null}
    </li>
  );
}

/** Integers from 1 up (or Infinity for "never collapse"); anything else gets the default. */
function visibleLimit(max: unknown): number {
  return typeof max === 'number' && max >= 1 ? Math.floor(max) : DEFAULT_VISIBLE_REASONS;
}

type ListOptions = Omit<ReasonListProps, 'reasons' | 'block' | 'max'>;

interface ListState {
  /** The reasons to show: all of them when expanded, else at most `limit`. */
  shown: readonly NormalizedReason[];
  /** How many reasons there are in all. */
  total: number;
  limit: number;
  expanded: boolean;
  toggle: () => void;
  generatedId: string;
}

/** The list's markup; hook-free, shared by `ReasonList` and `ReasonsView`. */
function reasonList(
  { shown, total, limit, expanded, toggle, generatedId }: ListState,
  { emptyText, size, className, id, ...rest }: ListOptions,
  { catalog: hostCatalog, messages, locale }: ContextSettings,
  ref?: Ref<HTMLElement>,
) {
  const catalog = hostCatalog ?? defaultCatalog;
  const listId = id ?? generatedId;
  const sizeValue = oneOf(reasonListSizes, size, 'md');

  if (total === 0) {
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
        {isEmptyNode(custom) ? (messages.noReasons ?? english.noReasons) : custom}
      </p>
    );
  }

  const hiddenCount = Math.max(0, total - limit);
  // Only the visible slice is rendered: a block with thousands of reasons stays cheap until expanded.
  const visible = expanded || hiddenCount === 0 ? shown : shown.slice(0, limit);

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
        {visible.map((reason) => reasonItem(viewOf(reason, catalog, messages), messages))}
      </ul>
      {hiddenCount === 0 ? null : (
        <button
          type="button"
          className="dblk-button dblk-reasons-more"
          aria-expanded={expanded}
          aria-controls={listId}
          data-size={sizeValue}
          onClick={toggle}
        >
          {expanded
            ? (messages.showFewer ?? english.showFewer)
            : formatMessage(messages.showMore ?? english.showMore, { count: formatCount(hiddenCount, locale) })}
        </button>
      )}
    </>
  );
}

const ReasonListRoot = forwardRef<HTMLElement, ReasonListProps>(function ReasonList(
  { reasons: reasonsProp, block, max, ...options },
  ref,
) {
  const settings = useSettings();
  const [expanded, setExpanded] = useState(false);
  const generatedId = useId();
  const limit = visibleLimit(max);
  // Collapsed, only the visible reasons are read in full; the rest are counted.
  const read = useMemo(
    () => resolveReasons(block, reasonsProp, expanded ? Infinity : limit),
    [block, reasonsProp, expanded, limit],
  );
  const toggle = () => setExpanded((was) => !was);
  const state = { shown: read.reasons ?? [], total: read.total, limit, expanded, toggle, generatedId };
  // reasonList only attaches the ref to the root element it returns; it never reads it.
  // eslint-disable-next-line react-hooks/refs
  return reasonList(state, options, settings, ref);
});

export interface ReasonsViewProps {
  reasons: readonly NormalizedReason[] | null;
  max?: unknown;
  size?: ReasonListProps['size'];
  className?: string;
}

/**
 * The reasons of a block another component already read: the markup of
 * `<ReasonList reasons max size className />` without a second error boundary or reading.
 */
export function ReasonsView({ reasons, max, size, className }: ReasonsViewProps) {
  const settings = useSettings();
  const [expanded, setExpanded] = useState(false);
  const generatedId = useId();
  const shown = reasons ?? [];
  const toggle = () => setExpanded((was) => !was);
  const state = { shown, total: shown.length, limit: visibleLimit(max), expanded, toggle, generatedId };
  return reasonList(state, { size, className }, settings);
}

/**
 * The reasons behind a decision: each code as a chip (with the catalog's explanation in a
 * tooltip when the code is known), then its details in words.
 */
export const ReasonList = contained<HTMLElement, ReasonListProps>('ReasonList', ReasonListRoot);
