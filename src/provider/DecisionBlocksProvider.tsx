'use client';
import { useMemo, type ReactNode } from 'react';
import { PLURAL_MESSAGES, type Messages, type PluralMessage } from '../i18n/messages';
import { copyOwnEntries, emptyRecord } from '../model/own';
import { isRecord, ownEntries, ownKeys, readField, readText } from '../model/read';
import { isTone } from '../model/tone';
import type { ReasonCatalog, VerdictTones } from '../model/types';
import { useReportFailures, type Failure } from '../components/internal/report';
import { DecisionBlocksContext, type ContextSettings, type RenderErrorHandler } from './context';
import { useDecisionBlocks } from './useDecisionBlocks';

export interface DecisionBlocksProviderProps {
  /** Reason codes to add or override; merged over the default catalog (and any outer provider's). */
  catalog?: ReasonCatalog | null | undefined;
  /** Any subset of the English defaults; missing keys fall back to the outer provider or the defaults. */
  messages?: Partial<Messages> | null | undefined;
  /**
   * BCP 47 locale for numbers and plural rules, e.g. "de" or "en-GB". Defaults to the messages'
   * `language` (English), never the runtime's default: pass the user's locale from the server
   * so the server and the browser format numbers alike.
   */
  locale?: string | null | undefined;
  /** Extra verdict vocabulary, e.g. `{ soft_decline: 'caution' }`. */
  verdictTones?: VerdictTones | null | undefined;
  /** Where tooltips are portalled: for shadow roots and iframes. */
  tooltipContainer?: HTMLElement | null | undefined;
  /** Called when a component fails to render and shows its fallback instead, or when the provider ignores a setting. */
  onRenderError?: RenderErrorHandler | null | undefined;
  children?: ReactNode;
}

const PROVIDER = 'DecisionBlocksProvider';

function ignored(setting: string, why: string): Failure {
  return { componentName: PROVIDER, error: new TypeError(`${PROVIDER} ignored ${setting}: ${why}.`) };
}

/** Names a few of the keys a setting had to leave out, and how many there were. */
function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((key) => JSON.stringify(key.slice(0, 40)));
  return keys.length > shown.length ? `${shown.join(', ')} and ${keys.length - shown.length} more` : shown.join(', ');
}

/**
 * The own entries of a host setting that `accept` takes, read once here: a getter that throws,
 * a revoked proxy or a proxy whose `ownKeys` throws leaves out the entry or the whole setting,
 * and is reported, instead of failing every component below.
 */
function validEntries(
  setting: string,
  source: unknown,
  accept: (key: string, value: unknown) => unknown,
  failures: Failure[],
): Record<string, unknown> | null {
  const entries = ownEntries(source);
  if (entries === null || !isRecord(source)) {
    failures.push(ignored(setting, entries === null ? 'its keys could not be read' : 'it is not an object'));
    return null;
  }
  const valid = emptyRecord<unknown>();
  const rejected: string[] = [];
  for (const [key, descriptor] of entries) {
    let value: unknown;
    try {
      value = descriptor.get ? descriptor.get.call(source) : descriptor.value;
    } catch {
      rejected.push(key);
      continue;
    }
    const accepted = accept(key, value);
    if (accepted === undefined) rejected.push(key);
    else valid[key] = accepted;
  }
  if (rejected.length > 0) failures.push(ignored(`${setting} ${keyList(rejected)}`, 'unreadable or of the wrong type'));
  return valid;
}

const PLURAL_FORMS: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A plural message copied form by form; one without an `other` text is no plural message. */
function pluralMessage(value: unknown): PluralMessage | undefined {
  if (!isRecord(value)) return undefined;
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const form of PLURAL_FORMS) {
    const text = readField(value, form);
    if (typeof text === 'string') forms[form] = text;
  }
  return forms.other === undefined ? undefined : Object.freeze(forms as PluralMessage);
}

/** Verdict translations copied entry by entry; entries that are not text are left out. */
function verdictTranslations(value: unknown): Readonly<Record<string, string>> | undefined {
  if (!isRecord(value)) return undefined;
  const translations = emptyRecord<string>();
  for (const key of ownKeys(value)) {
    const text = readField(value, key);
    if (typeof text === 'string') translations[key] = text;
  }
  return Object.freeze(translations);
}

function acceptMessage(key: string, value: unknown): unknown {
  if ((PLURAL_MESSAGES as readonly string[]).includes(key)) return pluralMessage(value);
  if (key === 'verdicts') return verdictTranslations(value);
  if (key === 'language') return validLocale(value) ?? undefined;
  return typeof value === 'string' ? value : undefined;
}

function validLocale(value: unknown): string | null {
  const text = readText(value);
  if (text === null) return null;
  try {
    return Intl.getCanonicalLocales(text)[0] ?? null;
  } catch {
    return null;
  }
}

/** Layers `inner` over the outer provider's record; nothing at all when `inner` was unusable. */
function layered<T>(outer: T, inner: Record<string, unknown> | null): T {
  if (inner === null) return outer;
  const merged = emptyRecord<unknown>();
  copyOwnEntries(merged, outer);
  copyOwnEntries(merged, inner);
  return merged as T;
}

interface ProviderInput {
  catalog: unknown;
  messages: unknown;
  locale: unknown;
  verdictTones: unknown;
  tooltipContainer: unknown;
  onRenderError: unknown;
}

/** The settings in force below this provider, and what of its own it had to leave out. */
function settle(outer: ContextSettings & { catalog: ReasonCatalog }, input: ProviderInput) {
  const failures: Failure[] = [];
  const given = (value: unknown) => value !== undefined && value !== null;

  const catalog = given(input.catalog)
    ? validEntries('catalog entries', input.catalog, (_key, entry) => (isRecord(entry) ? entry : undefined), failures)
    : null;
  const messages = given(input.messages) ? validEntries('messages', input.messages, acceptMessage, failures) : null;
  const verdictTones = given(input.verdictTones)
    ? validEntries('verdictTones', input.verdictTones, (_key, tone) => (isTone(tone) ? tone : undefined), failures)
    : null;

  let locale = validLocale(input.locale);
  if (locale === null && given(input.locale) && input.locale !== '') {
    failures.push(ignored('locale', 'it is not a BCP 47 language tag'));
  }
  locale ??= messages === null ? null : ((messages.language as string | undefined) ?? null);

  const value: ContextSettings = {
    catalog: layered(outer.catalog, catalog),
    messages: layered(outer.messages, messages),
    locale: locale ?? outer.locale,
    verdictTones: verdictTones === null ? outer.verdictTones : layered(outer.verdictTones ?? {}, verdictTones),
    tooltipContainer:
      typeof input.tooltipContainer === 'object' && input.tooltipContainer !== null
        ? (input.tooltipContainer as HTMLElement)
        : outer.tooltipContainer,
    onRenderError:
      typeof input.onRenderError === 'function' ? (input.onRenderError as RenderErrorHandler) : outer.onRenderError,
  };
  return { value, failures };
}

/**
 * Optional settings for every decision-blocks component below it. Providers nest. Never throws
 * because of its props: a setting it cannot use is left out and reported to `onRenderError`.
 */
export function DecisionBlocksProvider({
  catalog,
  messages,
  locale,
  verdictTones,
  tooltipContainer,
  onRenderError,
  children,
}: DecisionBlocksProviderProps) {
  const outer = useDecisionBlocks();
  const { value, failures } = useMemo(
    () => settle(outer, { catalog, messages, locale, verdictTones, tooltipContainer, onRenderError }),
    [outer, catalog, messages, locale, verdictTones, tooltipContainer, onRenderError],
  );
  useReportFailures(failures, value.onRenderError);
  return <DecisionBlocksContext.Provider value={value}>{children}</DecisionBlocksContext.Provider>;
}
