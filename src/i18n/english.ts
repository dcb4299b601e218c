// The English texts, one export per message: a component imports only the texts it shows, and
// falls back to them when no provider has set its messages. `defaultMessages` gathers them all.
import type { PluralMessage } from './messages';

export const language = 'en';
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
export const filterLabel = 'Show checks by decision';
export const filterAll = 'All';
export const showAllRows = 'Show all {count} rows';
export const summary: PluralMessage = /* @__PURE__ */ Object.freeze({
  one: '{issues} of {total} check raised issues',
  other: '{issues} of {total} checks raised issues',
});
export const summaryNoChecks = 'No checks were reported';
export const moreChecks: PluralMessage = /* @__PURE__ */ Object.freeze({
  one: '{count} more check not shown',
  other: '{count} more checks not shown',
});
export const moreReasons: PluralMessage = /* @__PURE__ */ Object.freeze({
  one: '{count} more reason not shown',
  other: '{count} more reasons not shown',
});
export const reasonCode = 'Reason code {code}';
export const learnMore = 'Learn more';
/** English verdicts are their humanized spelling, so there is nothing to translate. */
export const verdicts: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});
