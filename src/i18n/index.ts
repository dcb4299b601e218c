export type { Messages, PluralMessage } from './messages';
export { defaultMessages } from './messages';
export { formatCount, formatMessage, formatPercent, formatPlural, getNumberFormat } from './format';
