// Alloy: evaluations (`summary: { outcome, score, tags, outcome_reasons, result }`), journey
// applications (`status`, `outcome`) and webhooks (`data.outcome`). `summary.result:
// "success"` only says the evaluation ran, so it is never read as a verdict. Outcomes are
// labels each Alloy customer configures; the defaults are Approved, Denied and Manual Review.
// Sources: Alloy developer documentation, "Evaluations: response",
// https://developer.alloy.com/public/reference ; "Manually reviewing via API",
// https://developer.alloy.com/public/reference/manually-reviewing-via-api
import type { NamedDataBlock, Reason, ReasonCatalog } from '../model/types';
import { adapter, fromFraction, get, isBag, items, lookup, rawWords, reason, text } from './read';

const SOURCE = 'alloy';
const DOCS = 'https://developer.alloy.com/public/reference';

const OUTCOME: Readonly<Record<string, string>> = {
  approved: 'approved',
  denied: 'denied',
  manual_review: 'manual_review',
};

// Journey application states before (or without) an outcome.
const JOURNEY_STATUS: Readonly<Record<string, string>> = {
  running: 'processing',
  pending_step_up: 'pending',
  pending_documents: 'pending',
  waiting_review: 'in_review',
  pending_review: 'in_review',
  completed: 'pending',
};

function outcomeReasons(summary: unknown): Reason[] {
  const tags = items(get(summary, 'tags'), 50).map((tag) => reason(text(tag), null, SOURCE));
  const why = items(get(summary, 'outcome_reasons'), 50).map((entry) =>
    reason(null, text(entry) ?? text(get(entry, 'name')) ?? text(get(entry, 'reason'))),
  );
  return [...tags, ...why.filter((entry) => entry.details !== null)];
}

/** An outcome Alloy's defaults name keeps its word; a customer's own outcome stays as sent. */
function outcomeVerdict(outcome: unknown): string | null {
  return lookup(OUTCOME, outcome) ?? text(outcome);
}

/** Reads an Alloy evaluation, a journey application, or a webhook with `data`. */
export const fromAlloy = adapter('Alloy', (input) => {
  const source = isBag(get(input, 'data')) && get(input, 'summary') === undefined ? get(input, 'data') : input;
  const summary = get(source, 'summary');
  const rawOutcome = get(summary, 'outcome') ?? get(source, 'outcome');
  const status = get(source, 'status');
  const outcome = outcomeVerdict(rawOutcome) ?? lookup(JOURNEY_STATUS, status);
  const dataBlocks: NamedDataBlock[] = [];
  if (outcome !== null || isBag(summary)) {
    const raw = rawWords(outcome, [rawOutcome ?? status], SOURCE);
    dataBlocks.push({
      name: text(get(source, 'journey_application_token')) !== null ? 'journey application' : 'evaluation',
      verdict: outcome,
      score: fromFraction(get(summary, 'score')),
      reasons: [...raw, ...outcomeReasons(summary)],
    });
  }
  return { outcome, dataBlocks };
});

/** Alloy's default outcomes, keyed `alloy:<outcome>`, in our own words. */
export const alloyCatalog: ReasonCatalog = Object.freeze({
  'alloy:Approved': {
    title: 'Approved',
    description: 'The workflow approved the entity.',
    tone: 'positive',
    docsUrl: DOCS,
  },
  'alloy:Denied': { title: 'Denied', description: 'The workflow denied the entity.', tone: 'critical', docsUrl: DOCS },
  'alloy:Manual Review': {
    title: 'Manual review',
    description: 'The evaluation waits in the review queue for an agent.',
    tone: 'caution',
    docsUrl: 'https://developer.alloy.com/public/reference/manually-reviewing-via-api',
  },
});
