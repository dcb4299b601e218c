// Server rendering from the ESM build on the oldest Node the package claims (engines).
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { DecisionBadge, SessionDecision, normalizeDataBlock } from 'decision-blocks';
import { fromSumsub } from 'decision-blocks/vendors';

const major = Number(process.versions.node.split('.')[0]);
if (major !== 18) throw new Error(`expected Node 18, running ${process.version}`);

const html = renderToString(
  h(
    'div',
    null,
    h(DecisionBadge, { verdict: 'not_trusted' }),
    h(SessionDecision, {
      session: { decisionOutcome: 'rejected', dataBlocks: { DeviceSignals: { verdict: 'not_trusted', score: 28.3 } } },
    }),
  ),
);
for (const expected of ['data-tone="critical"', 'Not trusted', '28.3%']) {
  if (!html.includes(expected)) throw new Error(`server markup lacks ${expected}: ${html.slice(0, 400)}`);
}
if (normalizeDataBlock({ verdict: 'PASSED' }).tone !== 'positive') throw new Error('the model misread PASSED');
const sumsub = fromSumsub({
  reviewStatus: 'completed',
  reviewResult: { reviewAnswer: 'RED', reviewRejectType: 'RETRY' },
});
const retried = renderToString(h(SessionDecision, { session: sumsub }));
if (!retried.includes('data-tone="caution"'))
  throw new Error(`a Sumsub RETRY is not a resubmission: ${retried.slice(0, 400)}`);
console.log(`ESM server rendering works on Node ${process.version}`);
