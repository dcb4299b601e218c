// The one source of the messages: every text the components show, one export each, in English.
// The `Messages` type is derived from this module, so adding a message here is the whole change
// (plus its translations, which the type then asks for). Placeholders in braces: `{count}`,
// `{index}`, `{issues}`, `{total}`, `{code}`.

/** Plural forms chosen with `Intl.PluralRules`; `other` is the fallback for every locale. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * The BCP 47 language the texts are written in. Numbers are formatted in it when the provider
 * sets no `locale`, so a server and a browser with different default locales agree.
 */
export const language: string = 'en';
export const noVerdict = 'No verdict';
export const noScore = 'No score';
export const score = 'Score';
export const noReasons = 'No reasons given';
export const unspecifiedReason = 'Unspecified reason';
export const showMore = 'Show {count} more';
export const showFewer = 'Show fewer';
export const checksCaption = 'Decision checks';
export const check = 'Check';
export const decision = 'Decision';
export const reasons = 'Reasons';
export const noChecks = 'No checks to show';
export const checkIndex = 'Check {index}';
export const noDecision = 'No decision yet';
export const unavailable = 'Decision data unavailable';
export const tonePositive = 'Passed';
export const toneCaution = 'Needs review';
export const toneCritical = 'Failed';
export const toneNeutral = 'Not run';
export const toneUnknown = 'Unknown';
/** Under the caption while rows are in severity order, which a sort arrow alone does not convey. */
export const sortedBySeverity = 'Sorted by severity, most severe first';
export const sortedBySeverityReversed = 'Sorted by severity, least severe first';
export const filterLabel = 'Show checks by decision';
export const filterAll = 'All';
export const showAllRows = 'Show all {count} rows';
export const summary: PluralMessage = /* @__PURE__ */ Object.freeze({
  one: '{issues} of {total} check raised issues',
  other: '{issues} of {total} checks raised issues',
});
export const summaryNoChecks = 'No checks were reported';
/** Below a table or card list cut at its row maximum. */
export const moreChecks: PluralMessage = /* @__PURE__ */ Object.freeze({
  one: '{count} more check not shown',
  other: '{count} more checks not shown',
});
/** Below an expanded reason list cut at its maximum. */
export const moreReasons: PluralMessage = /* @__PURE__ */ Object.freeze({
  one: '{count} more reason not shown',
  other: '{count} more reasons not shown',
});
export const reasonCode = 'Reason code {code}';
export const learnMore = 'Learn more';
/**
 * Verdicts in the reader's language, keyed by `vocabularyKey` (`manual_review`, `not_trusted`):
 * a verdict found here shows this text, any other verdict its humanized spelling. English
 * verdicts are their humanized spelling, so there is nothing to translate.
 */
export const verdicts: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});
