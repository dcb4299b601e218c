/** Plural forms chosen with `Intl.PluralRules`; `other` is the fallback for every locale. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Every text the components show. Placeholders in braces: `{count}`, `{index}`, `{issues}`, `{total}`. */
export interface Messages {
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
  summary: PluralMessage;
  summaryNoChecks: string;
  reasonCode: string;
  learnMore: string;
}

export const defaultMessages: Messages = Object.freeze({
  noVerdict: 'No verdict',
  noScore: 'No score',
  score: 'Score',
  noReasons: 'No reasons given',
  unspecifiedReason: 'Unspecified reason',
  showMore: 'Show {count} more',
  showFewer: 'Show fewer',
  checksCaption: 'Decision checks',
  check: 'Check',
  decision: 'Decision',
  reasons: 'Reasons',
  noChecks: 'No checks to show',
  checkIndex: 'Check {index}',
  noDecision: 'No decision yet',
  unavailable: 'Decision data unavailable',
  tonePositive: 'Passed',
  toneCaution: 'Needs review',
  toneCritical: 'Failed',
  toneNeutral: 'Not run',
  toneUnknown: 'Unknown',
  filterLabel: 'Show checks by decision',
  filterAll: 'All',
  summary: Object.freeze({
    one: '{issues} of {total} check raised issues',
    other: '{issues} of {total} checks raised issues',
  }),
  summaryNoChecks: 'No checks were reported',
  reasonCode: 'Reason code {code}',
  learnMore: 'Learn more',
});
