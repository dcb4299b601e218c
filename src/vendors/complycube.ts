// ComplyCube: checks (`type`, `status: pending | complete | failed`, `result: { outcome,
// breakdown }`) and webhooks (`{ type: "check.completed…", resourceType: "check", payload }`).
// Sources: ComplyCube API reference, "Checks: the check object",
// https://docs.complycube.com/api-reference/checks ; "Validate check outcome",
// https://docs.complycube.com/api-reference/checks/validate-a-check
import { humanize } from '../model/humanize';
import type { NamedDataBlock, Reason, ReasonCatalog } from '../model/types';
import { adapter, fields, get, isBag, items, keyOf, lookup, rawWords, reason, text, type Bag } from './read';

const SOURCE = 'complycube';
const DOCS = 'https://docs.complycube.com/api-reference/checks';

// `failed` is the status of a check that could not run (a processing error), not a verdict on
// the client. A confirmed screening match is critical: the person is on the list.
const STATUS: Readonly<Record<string, string>> = { pending: 'pending', failed: 'not_executed' };
const OUTCOME: Readonly<Record<string, string>> = {
  clear: 'clear',
  attention: 'attention',
  rejected: 'rejected',
  not_processed: 'not_executed',
  match_confirmed: 'high_risk',
};

const FLAGGED = new Set(['attention', 'rejected', 'not_processed', 'match_confirmed']);

/** Breakdown entries whose value is a flagged outcome word, up to two levels deep. */
function breakdownReasons(breakdown: unknown): Reason[] {
  const reasons: Reason[] = [];
  const visit = (value: unknown, path: string[], depth: number) => {
    for (const [key, child] of fields(value, 40)) {
      if (typeof child === 'string' && FLAGGED.has(keyOf(child))) {
        const group = path.length > 0 ? `${path.map(humanize).join(' / ')}: ` : '';
        reasons.push(reason(key, `${group}${child}`, SOURCE));
      } else if (depth < 2 && isBag(child)) {
        visit(child, [...path, key], depth + 1);
      }
      if (reasons.length >= 50) return;
    }
  };
  visit(breakdown, [], 0);
  return reasons;
}

function readCheck(check: Bag, webhookType: unknown): NamedDataBlock {
  const status = get(check, 'status');
  const rawOutcome = get(check, 'result', 'outcome') ?? lastPart(webhookType);
  const verdict = lookup(OUTCOME, rawOutcome) ?? lookup(STATUS, status) ?? text(rawOutcome);
  const reasons = [
    ...rawWords(verdict, [rawOutcome, text(rawOutcome) === null ? status : null], SOURCE),
    ...breakdownReasons(get(check, 'result', 'breakdown')),
  ];
  const id = text(get(check, 'id'));
  return { name: text(get(check, 'type')) ?? 'check', verdict, reasons, ...(id ? { id } : {}) };
}

/** `check.completed.clear` ends in the outcome; `check.completed` does not. */
function lastPart(type: unknown): string | undefined {
  const word = text(type);
  if (word === null) return undefined;
  const last = word.split('.').pop() ?? '';
  return lookup(OUTCOME, last) === null ? undefined : last;
}

/** Reads a ComplyCube check, a webhook with a check `payload`, or a list (`{ items: [...] }`). */
export const fromComplyCube = adapter('ComplyCube', (input) => {
  const payload = get(input, 'payload');
  if (isBag(payload)) {
    const check = readCheck(payload, get(input, 'type'));
    return { outcome: check.verdict ?? null, dataBlocks: [check] };
  }
  const list = get(input, 'items');
  if (list !== undefined) {
    return {
      outcome: null,
      dataBlocks: items(list).flatMap((entry) => (isBag(entry) ? [readCheck(entry, undefined)] : [])),
    };
  }
  const check = readCheck(input, undefined);
  return {
    outcome: check.verdict ?? null,
    dataBlocks: check.verdict === null && check.reasons?.length === 0 ? [] : [check],
  };
});

/** ComplyCube's outcome and status words, keyed `complycube:<word>`, in our own words. */
export const complyCubeCatalog: ReasonCatalog = Object.freeze({
  'complycube:attention': {
    title: 'Attention',
    description: 'The check found something a person should look at.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'complycube:not_processed': {
    title: 'Not processed',
    description: 'The check could not be processed, for example because of unusable input.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
  'complycube:failed': {
    title: 'Check failed to run',
    description: 'The check ended in a processing error; it says nothing about the client.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
  'complycube:match_confirmed': {
    title: 'Match confirmed',
    description: 'A screening match was confirmed as this client.',
    tone: 'critical',
    docsUrl: 'https://docs.complycube.com/api-reference/checks/validate-a-check',
  },
});
