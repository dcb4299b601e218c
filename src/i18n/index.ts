export type { Messages, PluralMessage } from './messages';
export { defaultMessages } from './messages';
export { arabicMessages } from './ar';
export { germanMessages } from './de';
export { formatCount, formatMessage, formatPercent, formatPlural, getNumberFormat } from './format';
