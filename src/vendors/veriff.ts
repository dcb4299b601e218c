// Veriff: the decision webhook and GET /sessions/{id}/decision (`{ status: "success",
// verification: { status, code, reason, reasonCode, riskLabels } }`), the event webhook
// (`{ action, code }`) and POST /sessions (`verification.status: "created"`). The top-level
// `status: "success"` only says the request worked: it is never read as a verdict.
// Sources: Veriff developer documentation, "Decision webhook",
// https://devdocs.veriff.com/docs/decision-webhook ; "Verification session status codes
// (table)", https://devdocs.veriff.com/docs/verification-session-status-codes-table ;
// "Verification session decision codes (table)",
// https://devdocs.veriff.com/docs/verification-session-decision-codes-table
import type { Reason, ReasonCatalog } from '../model/types';
import { adapter, get, isBag, items, keyOf, lookup, rawWords, reason, text } from './read';

const SOURCE = 'veriff';
const DOCS = 'https://devdocs.veriff.com/docs/verification-session-decision-codes-table';

// `started` and `submitted` are steps of the flow, not verdicts; the decisions keep their words.
const STATUS: Readonly<Record<string, string>> = {
  created: 'created',
  started: 'in_progress',
  submitted: 'processing',
  approved: 'approved',
  declined: 'declined',
  resubmission_requested: 'resubmission_requested',
  review: 'review',
  expired: 'expired',
  abandoned: 'abandoned',
};

// Veriff's pages disagree on 9121 (the status table says `review`, the decision endpoint says
// `abandoned`) and give 9104 to both `expired` and `abandoned`; the status table wins, and a
// status word, when sent, always wins over its code.
const CODE: Readonly<Record<string, string>> = {
  '7001': 'in_progress',
  '7002': 'processing',
  '9001': 'approved',
  '9102': 'declined',
  '9103': 'resubmission_requested',
  '9104': 'expired',
  '9121': 'review',
};

function riskLabels(verification: unknown): Reason[] {
  return items(get(verification, 'riskLabels'), 30).flatMap((entry) => {
    const label = text(get(entry, 'label'));
    return label === null ? [] : [reason(label, text(get(entry, 'category')), `${SOURCE}.riskLabels`)];
  });
}

/**
 * Reads a Veriff decision webhook or decision response, the `verification` object alone, an
 * event webhook, or a session-creation response.
 */
export const fromVeriff = adapter('Veriff', (input) => {
  const nested = get(input, 'verification');
  const verification = isBag(nested) ? nested : input;
  const isEvent = !isBag(nested) && get(input, 'action') !== undefined;
  const status = isEvent ? get(input, 'action') : isBag(nested) ? get(nested, 'status') : get(input, 'status');
  const code = get(verification, 'code') ?? (isEvent ? get(input, 'code') : undefined);
  // A bare `{ status: "success" }` is the response envelope of a decision not made yet.
  const envelopeOnly = !isBag(nested) && !isEvent && keyOf(status) === 'success';
  const verdict = envelopeOnly ? 'pending' : (lookup(STATUS, status) ?? lookup(CODE, code) ?? text(status));

  const reasons: Reason[] = [...rawWords(verdict, [envelopeOnly ? null : status], SOURCE)];
  const codeText = text(code);
  if (codeText !== null) reasons.push(reason(codeText, null, `${SOURCE}.status`));
  const reasonCode = text(get(verification, 'reasonCode'));
  const reasonText = text(get(verification, 'reason'));
  if (reasonCode !== null || reasonText !== null) reasons.push(reason(reasonCode, reasonText, SOURCE));
  reasons.push(...riskLabels(verification));

  return {
    outcome: verdict,
    dataBlocks: [
      {
        name: 'verification',
        verdict,
        reasons,
        ...(text(get(verification, 'id')) ? { id: text(get(verification, 'id')) } : {}),
      },
    ],
  };
});

function code(title: string, tone: 'critical' | 'caution' | 'neutral' | 'positive' = 'critical') {
  return { title, tone, docsUrl: DOCS } as const;
}

/** Veriff's decline reason codes and session codes, keyed `veriff:<code>`, in our own words. */
export const veriffCatalog: ReasonCatalog = Object.freeze({
  'veriff:101': code('Physical document not used'),
  'veriff:102': code('Suspected document tampering'),
  'veriff:103': code('Person does not match the document photo'),
  'veriff:104': code('Name entered differs from the document'),
  'veriff:105': code('Suspicious behaviour'),
  'veriff:106': code('Known fraud'),
  'veriff:108': code('Same person seen in other sessions'),
  'veriff:109': code('Same device seen in other sessions'),
  'veriff:110': code('Same ID seen in other sessions'),
  'veriff:111': code('Session accessed fraudulently'),
  'veriff:112': code('IP address in a restricted location'),
  'veriff:113': code('Identity farming suspected'),
  'veriff:120': code('Person does not match the reference photo'),
  'veriff:121': code('User ID missing'),
  'veriff:122': code('No reference found'),
  'veriff:123': code('Registry checks not passed'),
  'veriff:124': code('Face already in the face collection'),
  'veriff:127': code('Face matches the blocklist'),
  'veriff:128': code('End-user ID does not match'),
  'veriff:129': code('Workflow not valid'),
  'veriff.status:7001': code('Session started', 'neutral'),
  'veriff.status:7002': code('Session submitted, awaiting a decision', 'neutral'),
  'veriff.status:9001': code('Approved', 'positive'),
  'veriff.status:9102': code('Declined'),
  'veriff.status:9103': code('Resubmission requested', 'caution'),
  'veriff.status:9104': code('Expired or abandoned', 'neutral'),
  'veriff.status:9121': code('Sent for review', 'caution'),
  'veriff:submitted': {
    title: 'Submitted',
    description: 'The person finished the flow; Veriff has not decided yet.',
    tone: 'neutral',
    docsUrl: 'https://devdocs.veriff.com/docs/verification-session-status-codes-table',
  },
  'veriff:started': {
    title: 'Started',
    description: 'The person opened the verification flow.',
    tone: 'neutral',
    docsUrl: 'https://devdocs.veriff.com/docs/verification-session-status-codes-table',
  },
});
