// The page every React host renders: one badge per tone, a meter and a reason list in each
// colour mode, a badge, a meter and a checks table in right-to-left text, and a badge restyled
// by the host's own utility class. The Chromium checks in ../checks.ts read it by test id.
import { DataChecksTable, DecisionBadge, ReasonList, ScoreMeter } from 'decision-blocks';

export const TONE_VERDICTS = [
  ['positive', 'passed'],
  ['caution', 'review'],
  ['critical', 'failed'],
  ['neutral', 'skipped'],
  ['unknown', 'escalated'],
];

// A Latin check name in a right-to-left table, and a longer one that widens its column.
const RTL_CHECKS = {
  'Document check': { verdict: 'failed' },
  'Authentication result of the document': { verdict: 'passed' },
};

const MODES = [
  ['light', {}],
  ['attribute-dark', { 'data-dblk-theme': 'dark' }],
  ['scheme-dark', { className: 'scheme-dark' }],
  ['auto', { 'data-dblk-theme': 'auto' }],
];

export function Showcase({ utilityClass }) {
  return (
    <main>
      <h1>decision-blocks in this host</h1>
      {MODES.map(([mode, attributes]) => (
        <section key={mode} aria-label={mode} data-testid={`mode-${mode}`} {...attributes}>
          {TONE_VERDICTS.map(([tone, verdict]) => (
            <DecisionBadge key={tone} verdict={verdict} data-testid={`${mode}-badge-${tone}`} />
          ))}
          <ScoreMeter block={{ verdict: 'failed', score: 28.3 }} data-testid={`${mode}-meter`} />
          <ReasonList
            data-testid={`${mode}-reasons`}
            reasons={[{ code: 'RC004', details: 'IP country and phone country differ' }]}
          />
        </section>
      ))}
      <section aria-label="right to left" dir="rtl">
        <DecisionBadge verdict="مرفوض" data-testid="rtl-badge" />
        <ScoreMeter score={30} data-testid="rtl-meter" />
        <DataChecksTable checks={RTL_CHECKS} data-testid="rtl-table" />
      </section>
      <DecisionBadge verdict="failed" className={utilityClass} data-testid="utility-badge" />
    </main>
  );
}
