'use client';
import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, useState, type ReactElement, type ReactNode, type Ref } from 'react';
import { formatCount, formatMessage, formatPlural } from '../../i18n/format';
import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import { defaultCatalog, lookupReason, toneOfDecisionType } from '../../model/catalog';
import { humanize, isEnumToken } from '../../model/humanize';
import { readReasons } from '../../model/normalize';
import { DEFAULT_MAX_ENTRIES, readText } from '../../model/read';
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
import { activatedTooltip, type TooltipActivation } from '../internal/LazyTooltip';
import { guard, Unavailable } from '../internal/guard';
import { contained } from '../internal/RenderBoundary';
import { isEmptyNode, safeNode } from '../internal/safeNode';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { enumValue, limitValue } from '../internal/propDefs';
import { sizeAttribute, type Size } from '../internal/vocabulary';
import { reasonListPropDefs, type ReasonListProps } from './ReasonList.props';

/** A catalog entry as shown: host catalogs come from JS too, so every field is checked. */
interface KnownCode {
  code: string;
  title: string;
  description: string | null;
  tone: Tone | undefined;
  docsUrl: string | null;
}

/** Catalog texts are strings by contract; a number in their place is a host mistake, not a title. */
function catalogText(value: unknown): string | null {
  return typeof value === 'string' ? readText(value) : null;
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
  const text = catalogText(value);
  if (text === null) return null;
  try {
    const url = new URL(text);
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
    title: catalogText(entry.title) ?? humanize(code),
    description: catalogText(entry.description),
    tone: toneOfEntry(entry),
    docsUrl: safeDocsUrl(entry.docsUrl),
  };
}

/** One code chip: the code, and the catalog's explanation when it knows the code. */
interface ChipModel {
  code: string;
  known: { title: string; description: string | null; label: string } | null;
}

/** Everything one item shows, computed before any markup is built. */
interface ItemModel {
  key: string;
  chips: ChipModel[];
  text: string | null;
  tone: Tone | undefined;
  docs: { url: string; label: string; code: string } | null;
}

function chipModel(code: string, known: KnownCode | null, messages: Partial<Messages>): ChipModel {
  return {
    code,
    known: known && {
      title: known.title,
      description: known.description,
      label: formatMessage(message(messages, 'reasonCode', en.reasonCode), { code }),
    },
  };
}

function itemModel(reason: NormalizedReason, catalog: ReasonCatalog, messages: Partial<Messages>): ItemModel {
  const chips: ChipModel[] = [];
  const codeEntry = reason.code === null ? null : knownCode(reason.code, reason.source, catalog);
  if (reason.code !== null) chips.push(chipModel(reason.code, codeEntry, messages));

  const token = isEnumToken(reason.details) ? reason.details : null;
  const tokenEntry =
    token === null ? null : token === reason.code ? codeEntry : knownCode(token, reason.source, catalog);
  if (token !== null && token !== reason.code) chips.push(chipModel(token, tokenEntry, messages));

  let text: string | null;
  if (token !== null) text = tokenEntry?.title ?? humanize(token);
  else if (reason.details !== null) text = reason.details;
  else if (codeEntry) text = codeEntry.description ?? codeEntry.title;
  else if (reason.code !== null) text = isEnumToken(reason.code) ? humanize(reason.code) : null;
  else text = message(messages, 'unspecifiedReason', en.unspecifiedReason);

  // The code's entry gives the item its tone and docs link, else the token's.
  const known = codeEntry ?? tokenEntry;
  return {
    key: reason.key,
    chips,
    text,
    tone: known?.tone,
    docs: known?.docsUrl
      ? { url: known.docsUrl, label: message(messages, 'learnMore', en.learnMore), code: known.code }
      : null,
  };
}

/** The list's reason codes whose tooltip has been used, by chip key, and how each was first used. */
type Activations = ReadonlyMap<string, TooltipActivation>;

const NO_ACTIVATIONS: Activations = new Map();

const chipKey = (item: ItemModel, chip: ChipModel) => `${item.key}\u0000${chip.code}`;

function codeChip({ code, known }: ChipModel, activation: TooltipActivation | undefined) {
  if (!known) {
    return (
      <code key={code} className="dblk-code">
        {breakableCode(code)}
      </code>
    );
  }
  // A plain button until it is first hovered or focused: the list listens for that, once for all its codes.
  const trigger = (
    <button key={code} type="button" className="dblk-code" aria-label={known.label}>
      <code>{breakableCode(code)}</code>
    </button>
  );
  if (activation === undefined) return trigger;
  // The tooltip's content is built only for a code whose tooltip has been used.
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
  return activatedTooltip(trigger, tip, activation, code);
}

const TOKEN_BREAK = /(?<=[_-])/;

/**
 * The longest code kept as one word: about 125 px of chip, narrower than any column a reason
 * list is laid out in. Past it (`DAILY_TRANSACTION_AMOUNT_EXCEEDS_CONFIGURED_LIMIT`), a code
 * gets its break points; below it, none are needed, and a list of short codes is lighter for it.
 */
const UNBROKEN_CODE_LENGTH = 16;

/**
 * A code with a line-break opportunity after each `_` and `-`: a long token such as
 * `DAILY_CONFIGURED_LIMIT` wraps between its words, never inside one. A short code stays one
 * word, which still breaks at the chip's edge if the container is narrower than the code.
 */
function breakableCode(code: string): ReactNode {
  if (code.length <= UNBROKEN_CODE_LENGTH) return code;
  const parts = code.split(TOKEN_BREAK);
  if (parts.length === 1) return code;
  // One flat list of text and <wbr>, no wrapper per part: a long list of codes pays for its elements only.
  const nodes: ReactNode[] = [parts[0]];
  for (let index = 1; index < parts.length; index += 1) nodes.push(<wbr key={index} />, parts[index]);
  return nodes;
}

// Items and chips are plain functions, not components: a long list pays for its elements only.
function reasonItem(item: ItemModel, activations: Activations) {
  return (
    <li key={item.key} className="dblk-reason" data-tone={item.tone}>
      {item.chips.map((chip) =>
        codeChip(chip, activations.size === 0 ? undefined : activations.get(chipKey(item, chip))),
      )}
      {item.text === null ? null : <span className="dblk-reason__text">{item.text}</span>}
      {item.docs ? (
        // Beside the text, not in the tooltip: a tooltip cannot hold anything a keyboard user can reach.
        <a className="dblk-reason__docs" href={item.docs.url} target="_blank" rel="noopener noreferrer">
          {item.docs.label} <VisuallyHidden>{item.docs.code}</VisuallyHidden>
        </a>
      ) : null}
    </li>
  );
}

/** Everything a list shows, computed before any markup is built. */
type ListModel =
  | { empty: true; size: Size; text: ReactNode | null }
  | {
      empty: false;
      size: Size;
      items: ItemModel[];
      /** The toggle's text, or null when nothing is hidden. */
      toggle: string | null;
      expanded: boolean;
      /** Past the list maximum, even when expanded: "N more reasons not shown". */
      notShown: string | null;
    };

interface ListInput {
  /** The reasons read so far, in order. */
  reasons: readonly NormalizedReason[];
  /** Entries of the list that were not read. */
  unread: number;
  limit: number;
  expanded: boolean;
}

function listModel(
  { reasons, unread, limit, expanded }: ListInput,
  emptyText: unknown,
  size: unknown,
  { catalog, messages, locale }: Pick<ContextSettings, 'catalog' | 'messages' | 'locale'>,
): ListModel {
  const sizeValue = enumValue(reasonListPropDefs.size, size);
  if (reasons.length === 0 && unread === 0) {
    if (emptyText === null) return { empty: true, size: sizeValue, text: null };
    const custom = safeNode(emptyText);
    return {
      empty: true,
      size: sizeValue,
      text: isEmptyNode(custom) ? message(messages, 'noReasons', en.noReasons) : custom,
    };
  }
  // Only the visible slice is looked up and rendered: a block with thousands of reasons stays cheap until expanded.
  const visible = expanded ? reasons : reasons.slice(0, limit);
  const hidden = reasons.length - visible.length + unread;
  const collapsible = reasons.length + unread > limit;
  const lookIn = catalog ?? defaultCatalog;
  return {
    empty: false,
    size: sizeValue,
    items: visible.map((reason) => itemModel(reason, lookIn, messages)),
    expanded,
    toggle: !collapsible
      ? null
      : expanded
        ? message(messages, 'showFewer', en.showFewer)
        : formatMessage(message(messages, 'showMore', en.showMore), { count: formatCount(hidden, locale) }),
    notShown:
      expanded && unread > 0
        ? formatPlural(message(messages, 'moreReasons', en.moreReasons), unread, locale, {
            count: formatCount(unread, locale),
          })
        : null,
  };
}

type ListRest = Omit<ReasonListProps, 'reasons' | 'block' | 'maxReasons' | 'max' | 'emptyText' | 'size'>;

/**
 * The known code a pointer entered or focus reached inside the list, found by its place (the
 * items are the list's children, in order), so no code carries an attribute or handler of its own.
 */
function usedChip(model: ListModel, list: HTMLElement, target: EventTarget): string | null {
  // Not `instanceof Element`: a list rendered into another window's document has that window's Element.
  if (model.empty || typeof (target as Partial<Element>).closest !== 'function') return null;
  const button = (target as Element).closest('button.dblk-code');
  const li = button?.parentElement;
  if (!button || !li || li.parentElement !== list) return null;
  const item = model.items[Array.prototype.indexOf.call(list.children, li)];
  const chip = item?.chips[Array.prototype.indexOf.call(li.querySelectorAll(':scope > .dblk-code'), button)];
  return item && chip?.known ? chipKey(item, chip) : null;
}

/** First use of each known code's tooltip, tracked by the list that shows them. */
function useActivations(): [Activations, (key: string, activation: TooltipActivation) => void] {
  const [activations, setActivations] = useState(NO_ACTIVATIONS);
  const activate = (key: string, activation: TooltipActivation) =>
    setActivations((was) => (was.has(key) ? was : new Map(was).set(key, activation)));
  return [activations, activate];
}

/** The list's markup; shared by `ReasonList` and `ReasonsView`. */
function listView(
  model: ListModel,
  { className, id, ...rest }: ListRest,
  generatedId: string,
  toggle: () => void,
  [activations, activate]: ReturnType<typeof useActivations>,
  ref?: Ref<HTMLElement>,
): ReactElement | null {
  if (model.empty) {
    if (model.text === null) return null;
    return (
      <p
        {...rest}
        id={id}
        ref={ref as Ref<HTMLParagraphElement>}
        className={clsx('dblk-reasons-empty', className)}
        data-size={sizeAttribute(model.size)}
        data-empty=""
      >
        {model.text}
      </p>
    );
  }
  // The generated id is only for the toggle's aria-controls: a list without a toggle needs none.
  const listId = id ?? (model.toggle === null ? undefined : generatedId);
  return (
    <>
      {/* role="list" is restated because Safari drops list semantics from lists styled without markers. */}
      <ul
        {...rest}
        id={listId}
        ref={ref as Ref<HTMLUListElement>}
        className={clsx('dblk-reasons', className)}
        role="list"
        data-size={sizeAttribute(model.size)}
        onPointerOver={(event) => {
          rest.onPointerOver?.(event);
          const key = usedChip(model, event.currentTarget, event.target);
          if (key !== null) activate(key, { kind: 'pointer', at: event.timeStamp });
        }}
        onFocus={(event) => {
          rest.onFocus?.(event);
          const key = usedChip(model, event.currentTarget, event.target);
          if (key !== null) activate(key, { kind: 'focus' });
        }}
      >
        {model.items.map((item) => reasonItem(item, activations))}
      </ul>
      {model.notShown === null ? null : (
        <p className="dblk-reasons-note" data-size={sizeAttribute(model.size)}>
          {model.notShown}
        </p>
      )}
      {model.toggle === null ? null : (
        <button
          type="button"
          className="dblk-button dblk-reasons-more"
          aria-expanded={model.expanded}
          aria-controls={listId}
          data-size={sizeAttribute(model.size)}
          onClick={toggle}
        >
          {model.toggle}
        </button>
      )}
    </>
  );
}

const ReasonListRoot = forwardRef<HTMLElement, ReasonListProps>(function ReasonList(
  { reasons: reasonsProp, block, maxReasons, max, emptyText, size, ...rest },
  ref,
) {
  const { catalog, messages, locale } = useSettings();
  const [expanded, setExpanded] = useState(false);
  const generatedId = useId();
  const activations = useActivations();
  const reading = useMemo(
    () =>
      guard('ReasonList', () => {
        // Integers from 1 up, or Infinity for "never collapse".
        const limit = limitValue(reasonListPropDefs.maxReasons, maxReasons ?? max, 1);
        // Collapsed, only the visible reasons are read in full; the rest are counted.
        const read = readReasons(block, reasonsProp, {
          items: expanded ? DEFAULT_MAX_ENTRIES : limit,
          entries: DEFAULT_MAX_ENTRIES,
        });
        const input = { reasons: read.reasons ?? [], unread: read.unread, limit, expanded };
        return listModel(input, emptyText, size, { catalog, messages, locale });
      }),
    [block, reasonsProp, maxReasons, max, expanded, emptyText, size, catalog, messages, locale],
  );
  if (!reading.ok) return <Unavailable failure={reading.failure} />;
  const toggle = () => setExpanded((was) => !was);
  // The view only attaches the ref to the root element it returns; it never reads it.
  // eslint-disable-next-line react-hooks/refs
  return listView(reading.value, rest, generatedId, toggle, activations, ref);
});

export interface ReasonsViewProps {
  /** The reasons another component already read. */
  reasons: readonly NormalizedReason[] | null;
  /** Entries of the reasons list that reading did not reach. */
  unread: number;
  /** Reasons shown before "Show N more", already resolved by the component that owns the limit. */
  limit: number;
  size?: ReasonListProps['size'];
  className?: string;
}

/**
 * The reasons of a block another component already read: the markup of
 * `<ReasonList reasons maxReasons size className />` without a second reading. Its own guard looks up
 * the catalog for the slice it shows, collapsed on the server or expanded later in the browser.
 */
export function ReasonsView({ reasons, unread, limit, size, className }: ReasonsViewProps) {
  const { catalog, messages, locale } = useSettings();
  const [expanded, setExpanded] = useState(false);
  const generatedId = useId();
  const activations = useActivations();
  const reading = useMemo(
    () =>
      guard('ReasonList', () => {
        const input = { reasons: reasons ?? [], unread, limit, expanded };
        return listModel(input, undefined, size, { catalog, messages, locale });
      }),
    [reasons, unread, limit, expanded, size, catalog, messages, locale],
  );
  if (!reading.ok) return <Unavailable failure={reading.failure} />;
  const toggle = () => setExpanded((was) => !was);
  return listView(reading.value, { className }, generatedId, toggle, activations);
}

/**
 * The reasons behind a decision: each code as a chip (with the catalog's explanation in a
 * tooltip when the code is known), then its details in words.
 */
export const ReasonList = contained<HTMLElement, ReasonListProps>('ReasonList', ReasonListRoot);
