import * as english from './english';

/** Plural forms chosen with `Intl.PluralRules`; `other` is the fallback for every locale. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Every text the components show. Placeholders in braces: `{count}`, `{index}`, `{issues}`, `{total}`. */
export interface Messages {
  /**
   * The BCP 47 language the texts are written in. Numbers are formatted in it when the provider
   * sets no `locale`, so a server and a browser with different default locales agree.
   */
  language?: string;
  noVerdict: string;
  noScore: string;
  score: string;
  noReasons: string;
  unspecifiedReason: string;
  showMore: string;
  showFewer: string;
  checksCaption: string;
  check: string;
  decision: string;
  reasons: string;
  noChecks: string;
  checkIndex: string;
  noDecision: string;
  unavailable: string;
  tonePositive: string;
  toneCaution: string;
  toneCritical: string;
  toneNeutral: string;
  toneUnknown: string;
  filterLabel: string;
  filterAll: string;
  /** Below a table long enough to mount only the rows in view. */
  showAllRows: string;
  summary: PluralMessage;
  summaryNoChecks: string;
  /** Below a table or card list cut at its row maximum: "{count} more checks not shown". */
  moreChecks: PluralMessage;
  /** Below an expanded reason list cut at its maximum: "{count} more reasons not shown". */
  moreReasons: PluralMessage;
  reasonCode: string;
  learnMore: string;
  /**
   * Verdicts in the reader's language, keyed by `vocabularyKey` (`manual_review`,
   * `not_trusted`): a verdict found here shows this text, any other verdict its humanized
   * spelling. English needs none; the German set translates the built-in vocabulary.
   */
  verdicts: Readonly<Record<string, string>>;
}

/** The messages whose value is a set of plural forms rather than one text. */
export const PLURAL_MESSAGES = ['summary', 'moreChecks', 'moreReasons'] as const satisfies readonly (keyof Messages)[];

export const defaultMessages: Messages = Object.freeze({
  language: english.language,
  noVerdict: english.noVerdict,
  noScore: english.noScore,
  score: english.score,
  noReasons: english.noReasons,
  unspecifiedReason: english.unspecifiedReason,
  showMore: english.showMore,
  showFewer: english.showFewer,
  checksCaption: english.checksCaption,
  check: english.check,
  decision: english.decision,
  reasons: english.reasons,
  noChecks: english.noChecks,
  checkIndex: english.checkIndex,
  noDecision: english.noDecision,
  unavailable: english.unavailable,
  tonePositive: english.tonePositive,
  toneCaution: english.toneCaution,
  toneCritical: english.toneCritical,
  toneNeutral: english.toneNeutral,
  toneUnknown: english.toneUnknown,
  filterLabel: english.filterLabel,
  filterAll: english.filterAll,
  showAllRows: english.showAllRows,
  summary: english.summary,
  summaryNoChecks: english.summaryNoChecks,
  moreChecks: english.moreChecks,
  moreReasons: english.moreReasons,
  reasonCode: english.reasonCode,
  learnMore: english.learnMore,
  verdicts: english.verdicts,
});
