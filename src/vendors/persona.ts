// Persona (JSON:API): inquiries (`data.attributes.status`), verifications (`verification/*`,
// with `attributes.checks: [{ name, status, reasons, requirement }]`), reports (`report/*`),
// and webhook events (`data.attributes.payload` holds the inquiry and its `included`).
// Sources: Persona documentation, "Inquiry model: lifecycle and statuses",
// https://docs.withpersona.com/docs/inquiry-status ; "Verifications: statuses and checks",
// https://docs.withpersona.com/docs/verifications ; "Webhooks", https://docs.withpersona.com/docs/webhooks
import type { NamedDataBlock, ReasonCatalog } from '../model/types';
import { adapter, get, isBag, items, keyOf, lookup, rawWords, reason, text, type Bag } from './read';

const SOURCE = 'persona';
const DOCS = 'https://docs.withpersona.com/docs/verifications';

// Persona documents `completed` as "the individual passed every required verification", so it
// reads as passed; the decision words of Workflows (approved, declined) keep their own meaning.
const INQUIRY: Readonly<Record<string, string>> = {
  created: 'created',
  pending: 'pending',
  completed: 'passed',
  failed: 'failed',
  expired: 'expired',
  needs_review: 'needs_review',
  approved: 'approved',
  declined: 'declined',
};

const VERIFICATION: Readonly<Record<string, string>> = {
  initiated: 'in_progress',
  submitted: 'processing',
  passed: 'passed',
  failed: 'failed',
  requires_retry: 'requires_retry',
  canceled: 'canceled',
  confirmed: 'passed',
};

const REPORT: Readonly<Record<string, string>> = { pending: 'pending', errored: 'not_executed' };

/** A check that is not required does not fail the verification: its failure is a warning. */
function checkBlock(check: unknown): NamedDataBlock[] {
  const name = text(get(check, 'name'));
  if (name === null) return [];
  const status = get(check, 'status');
  const optional = keyOf(get(check, 'requirement')) === 'not_required';
  const failed = keyOf(status) === 'failed';
  const verdict = failed && optional ? 'warning' : (text(status) ?? null);
  const reasons = [
    ...rawWords(verdict, [status, failed && optional ? get(check, 'requirement') : null], SOURCE),
    ...items(get(check, 'reasons'), 20).map((code) =>
      reason(text(code) ?? text(get(code, 'code')), null, `${SOURCE}.${name}`),
    ),
  ];
  return [{ name, verdict, reasons }];
}

function typeName(type: string, prefix: string): string {
  return type.startsWith(prefix) ? type.slice(prefix.length) : type;
}

function resourceBlocks(resource: unknown): NamedDataBlock[] {
  if (!isBag(resource)) return [];
  const type = text(get(resource, 'type')) ?? '';
  const attributes = get(resource, 'attributes');
  const status = get(attributes, 'status');
  const id = text(get(resource, 'id'));
  if (type.startsWith('verification/')) {
    const verdict = lookup(VERIFICATION, status) ?? text(status);
    const own: NamedDataBlock = {
      name: typeName(type, 'verification/'),
      verdict,
      reasons: rawWords(verdict, [status], SOURCE),
      ...(id ? { id } : {}),
    };
    return [own, ...items(get(attributes, 'checks'), 60).flatMap(checkBlock)];
  }
  if (type.startsWith('report/')) {
    const ready = keyOf(status) === 'ready';
    const match = get(attributes, 'has-match') === true;
    const verdict = ready ? (match ? 'needs_review' : 'clear') : (lookup(REPORT, status) ?? text(status));
    const reasons = [...rawWords(verdict, [status], SOURCE), ...(match ? [reason('has-match', null, SOURCE)] : [])];
    return [{ name: typeName(type, 'report/'), verdict, reasons, ...(id ? { id } : {}) }];
  }
  return [];
}

function readDocument(document: Bag): { outcome: string | null; dataBlocks: NamedDataBlock[] } {
  const data = get(document, 'data');
  const included = items(get(document, 'included'));
  const type = text(get(data, 'type')) ?? '';
  if (type === 'inquiry') {
    const status = get(data, 'attributes', 'status');
    const outcome = lookup(INQUIRY, status) ?? text(status);
    const inquiry: NamedDataBlock = { name: 'inquiry', verdict: outcome, reasons: rawWords(outcome, [status], SOURCE) };
    return { outcome, dataBlocks: [inquiry, ...included.flatMap(resourceBlocks)] };
  }
  const blocks = [...resourceBlocks(data), ...included.flatMap(resourceBlocks)];
  return { outcome: null, dataBlocks: blocks };
}

/**
 * Reads a Persona inquiry, verification or report document (`{ data, included }`), a webhook
 * event, a bare resource (`{ type, attributes }`) or one check (`{ name, status }`).
 */
export const fromPersona = adapter('Persona', (input) => {
  const payload = get(input, 'data', 'attributes', 'payload');
  if (keyOf(get(input, 'data', 'type')) === 'event' && isBag(payload)) return readDocument(payload);
  if (isBag(get(input, 'data'))) return readDocument(input);
  if (text(get(input, 'type')) !== null && isBag(get(input, 'attributes'))) return readDocument({ data: input });
  if (text(get(input, 'name')) !== null && get(input, 'status') !== undefined)
    return { outcome: null, dataBlocks: checkBlock(input) };
  return { outcome: null, dataBlocks: [] };
});

/** Persona's status words and check markers, in our own words. */
export const personaCatalog: ReasonCatalog = Object.freeze({
  'persona:completed': {
    title: 'Completed',
    description: 'The individual passed every required verification of the inquiry.',
    tone: 'positive',
    docsUrl: 'https://docs.withpersona.com/docs/inquiry-status',
  },
  'persona:requires_retry': {
    title: 'Retry required',
    description: 'The individual has to submit the verification again.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'persona:not_required': {
    title: 'Not required',
    description: 'This check does not decide the verification; its failure is informational.',
    docsUrl: DOCS,
  },
  'persona:has-match': {
    title: 'Match found',
    description: 'The report found at least one matching record to review.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'persona:submitted': {
    title: 'Submitted',
    description: 'The verification was submitted and is being processed.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
  'persona:initiated': {
    title: 'Initiated',
    description: 'The verification was started but nothing was submitted yet.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
});
