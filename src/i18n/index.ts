export type { Messages, PluralMessage } from './messages';
export { defaultMessages } from './messages';
export { germanMessages } from './de';
export { formatCount, formatMessage, formatPercent, formatPlural, getNumberFormat } from './format';
