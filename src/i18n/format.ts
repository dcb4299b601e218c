import type { PluralMessage } from './messages';

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function safeLocale(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** Number formats are cached per locale and options: building one per row is costly. */
export function getNumberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const canonical = safeLocale(locale);
  const key = `${canonical ?? ''}|${JSON.stringify(options)}`;
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
  const canonical = safeLocale(locale);
  const key = canonical ?? '';
  let collator = collators.get(key);
  if (!collator) {
    collator = new Intl.Collator(canonical, { numeric: true, sensitivity: 'base' });
    collators.set(key, collator);
  }
  return collator;
}

/** A score as a percentage: 28.3 → "28.3%" in English, "28,3 %" in German. */
export function formatPercent(value: number, locale: string | undefined): string {
  return getNumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** Formats an integer count for display. */
export function formatCount(value: number, locale: string | undefined): string {
  return getNumberFormat(locale).format(value);
}

/** Picks the plural form for `count` and fills its placeholders. */
export function formatPlural(
  message: PluralMessage | string,
  count: number,
  locale: string | undefined,
  values: Readonly<Record<string, string | number>>,
): string {
  if (typeof message === 'string') return formatMessage(message, values);
  const canonical = safeLocale(locale);
  const key = canonical ?? '';
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(canonical);
    pluralRules.set(key, rules);
  }
  const form = message[rules.select(count)] ?? message.other;
  return formatMessage(form, values);
}
