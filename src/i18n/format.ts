import type { PluralMessage } from './messages';

const PLACEHOLDER = /\{(\w+)\}/;
const splitTemplates = new Map<string, string[]>();

/** A template as text and placeholder names in turn (`split` with a capture group), parsed once. */
function templateParts(template: string): string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    // Templates come from messages, so there are few; the bound keeps odd input from piling up.
    if (splitTemplates.size >= 500) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  const parts = templateParts(template);
  let text = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    text += Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : `{${name}}`;
    text += parts[index + 1] as string;
  }
  return text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** The language of the default messages, and of number formats when nothing else says. */
export const DEFAULT_LOCALE = 'en';

/**
 * A locale as given, canonicalized, else English; never the runtime's default, which differs
 * between the server and each browser and would make hydration fail on every number.
 */
export function resolveLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Number formats are cached per locale and options: building one per row is costly. */
export function getNumberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const canonical = resolveLocale(locale);
  const key = `${canonical}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(canonical, options);
    numberFormats.set(key, format);
  }
  return format;
}

const collators = new Map<string, Intl.Collator>();

/** Collators are cached per locale: sorting thousands of names must not build one per comparison. */
export function getCollator(locale: string | undefined): Intl.Collator {
  const canonical = resolveLocale(locale);
  let collator = collators.get(canonical);
  if (!collator) {
    collator = new Intl.Collator(canonical, { numeric: true, sensitivity: 'base' });
    collators.set(canonical, collator);
  }
  return collator;
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 2 };
const percentFormats = new Map<string | undefined, Intl.NumberFormat>();
const countFormats = new Map<string | undefined, Intl.NumberFormat>();

/** A formatter for fixed options, looked up by the locale alone: a table formats a number per row. */
function formatFor(
  cache: Map<string | undefined, Intl.NumberFormat>,
  locale: string | undefined,
  options?: Intl.NumberFormatOptions,
) {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(resolveLocale(locale), options);
    // Locales come from providers, so there are few; the bound keeps odd input from piling up.
    if (cache.size >= 100) cache.clear();
    cache.set(locale, format);
  }
  return format;
}

/**
 * A score as a percentage: 28.3 → "28.3%" in English, "28,3 %" in German. A value that rounds
 * to zero shows as "0%", not "-0%".
 */
export function formatPercent(value: number, locale: string | undefined): string {
  const format = formatFor(percentFormats, locale, PERCENT);
  let texts = percentTexts.get(format);
  if (!texts) percentTexts.set(format, (texts = new Map()));
  let text = texts.get(value);
  if (text === undefined) {
    // Intl keeps the sign of -0 and of negatives that round to zero.
    const shown = value <= 0 && format.format(-value / 100) === format.format(0) ? 0 : value;
    text = format.format(shown / 100);
    if (texts.size >= 1000) texts.clear();
    texts.set(value, text);
  }
  return text;
}

/** Scores repeat (a table of 5,000 rows has perhaps a few hundred distinct ones): each is formatted once. */
const percentTexts = new WeakMap<Intl.NumberFormat, Map<number, string>>();

/** Formats an integer count for display. */
export function formatCount(value: number, locale: string | undefined): string {
  return formatFor(countFormats, locale).format(value);
}

/** Picks the plural form for `count` and fills its placeholders. */
export function formatPlural(
  message: PluralMessage | string,
  count: number,
  locale: string | undefined,
  values: Readonly<Record<string, string | number>>,
): string {
  if (typeof message === 'string') return formatMessage(message, values);
  const canonical = resolveLocale(locale);
  let rules = pluralRules.get(canonical);
  if (!rules) {
    rules = new Intl.PluralRules(canonical);
    pluralRules.set(canonical, rules);
  }
  const form = message[rules.select(count)] ?? message.other;
  return formatMessage(form, values);
}
