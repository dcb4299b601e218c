// Number formats for the baselines. Built on first use, as the library builds and caches its
// own, so every variant pays for its formatters inside the timed region.
let percentFormat: Intl.NumberFormat | undefined;
let integerFormat: Intl.NumberFormat | undefined;

export function formatPercent(score: number): string {
  percentFormat ??= new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });
  return percentFormat.format(score / 100);
}

export function formatInteger(value: number): string {
  integerFormat ??= new Intl.NumberFormat(undefined);
  return integerFormat.format(value);
}
