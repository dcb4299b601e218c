import type * as englishModule from './english';
import {
  check,
  checkIndex,
  checksCaption,
  decision,
  filterAll,
  filterLabel,
  language,
  learnMore,
  moreChecks,
  moreReasons,
  noChecks,
  noDecision,
  noReasons,
  noScore,
  noVerdict,
  reasonCode,
  reasons,
  score,
  showAllRows,
  showFewer,
  showMore,
  sortedBySeverity,
  sortedBySeverityReversed,
  summary,
  summaryNoChecks,
  toneCaution,
  toneCritical,
  toneNeutral,
  tonePositive,
  toneUnknown,
  unavailable,
  unspecifiedReason,
  verdicts,
} from './english';

export type { PluralMessage } from './english';

type English = typeof englishModule;

/** Each message's type widened from its English literal, so any translation fits. */
type MessageType<T> = T extends string ? string : T;

/** Every text the components show: the shape of `english.ts`, the one source of the messages. */
export type Messages = { -readonly [K in Exclude<keyof English, 'language'>]: MessageType<English[K]> } & {
  /** See `english.language`; optional in a host's set. */
  language?: string;
};

/** The messages whose value is a set of plural forms rather than one text. */
export const PLURAL_MESSAGES = ['summary', 'moreChecks', 'moreReasons'] as const satisfies readonly (keyof Messages)[];

// Every English message by name, in the order of the module's keys; `satisfies` fails the
// typecheck when `english.ts` gains a message that is not listed here. Components name each
// English text they show instead (see `message`), so a bundle keeps just those.
const allEnglish = {
  check,
  checkIndex,
  checksCaption,
  decision,
  filterAll,
  filterLabel,
  language,
  learnMore,
  moreChecks,
  moreReasons,
  noChecks,
  noDecision,
  noReasons,
  noScore,
  noVerdict,
  reasonCode,
  reasons,
  score,
  showAllRows,
  showFewer,
  showMore,
  sortedBySeverity,
  sortedBySeverityReversed,
  summary,
  summaryNoChecks,
  toneCaution,
  toneCritical,
  toneNeutral,
  tonePositive,
  toneUnknown,
  unavailable,
  unspecifiedReason,
  verdicts,
} satisfies Record<keyof English, unknown>;

export const defaultMessages: Messages = /* @__PURE__ */ Object.freeze(allEnglish);

/**
 * The one look-up: the host's text for `key`, else `fallback`, the English text of that key
 * imported by name from `english.ts` (`message(messages, 'noVerdict', noVerdict)`): a bundle then
 * holds only the English texts its components show, not the whole set. The fallback's type is the
 * key's English literal, so passing another key's text does not compile. Components read
 * messages only through this, so a partial set from a provider or an element attribute is always
 * complete.
 */
export function message<K extends keyof Messages>(
  messages: Partial<Messages>,
  key: K,
  fallback: English[K],
): Messages[K] {
  return messages[key] ?? (fallback as Messages[K]);
}
