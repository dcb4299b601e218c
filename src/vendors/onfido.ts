// Onfido API v3.6: checks (`status`, `result`), reports (`name`, `status`, `result`,
// `sub_result`, `breakdown`), Studio workflow runs (`status`), and webhooks
// (`{ payload: { resource_type, action, object } }`, which carry a status but no result).
// Sources: Onfido documentation, "API reference v3.6: Checks, Reports, Workflow runs, Webhooks",
// https://documentation.onfido.com/api/latest/ ; "Document report" and "Document report:
// suggested client actions", https://documentation.onfido.com/guide/document-report
import { humanize } from '../model/humanize';
import type { NamedDataBlock, Reason, ReasonCatalog } from '../model/types';
import {
  adapter,
  fields,
  fromFraction,
  get,
  isBag,
  isList,
  items,
  keyOf,
  lookup,
  rawWords,
  reason,
  text,
  type Bag,
} from './read';

const SOURCE = 'onfido';
const DOCS = 'https://documentation.onfido.com/api/latest/';

// Lifecycle states of checks and reports: none is a verdict. `complete` without a result (as
// webhooks send it) means "the result is ready to fetch", so it stays neutral.
const LIFECYCLE: Readonly<Record<string, string>> = {
  in_progress: 'in_progress',
  awaiting_applicant: 'pending',
  awaiting_data: 'pending',
  awaiting_approval: 'pending',
  reopened: 'in_progress',
  paused: 'on_hold',
  withdrawn: 'withdrawn',
  cancelled: 'cancelled',
  complete: 'pending',
};

// Studio workflow runs end in a decision of their own. `error` is a technical end, not a verdict.
const WORKFLOW_RUN: Readonly<Record<string, string>> = {
  approved: 'approved',
  declined: 'declined',
  review: 'review',
  abandoned: 'abandoned',
  error: 'not_executed',
  processing: 'processing',
  awaiting_input: 'pending',
  awaiting_client_input: 'pending',
};

/**
 * `consider` alone is caution. On a document report the sub-result says more: `suspected`
 * (signs of fraud) and `rejected` (the document cannot be processed or is not accepted) are
 * critical, `caution` stays caution.
 */
function resultVerdict(result: unknown, subResult: unknown): string | null {
  const answer = keyOf(result);
  if (answer === 'clear') return 'clear';
  if (answer === 'unidentified') return 'inconclusive';
  if (answer !== 'consider') return null;
  const sub = keyOf(subResult);
  if (sub === 'suspected') return 'suspected';
  if (sub === 'rejected') return 'rejected';
  return sub === 'caution' ? 'caution' : 'consider';
}

function verdictOf(status: unknown, result: unknown, subResult: unknown): string | null {
  return resultVerdict(result, subResult) ?? lookup(LIFECYCLE, status);
}

/** Breakdowns (and sub-breakdowns) that did not come back clear, as reasons. */
function breakdownReasons(breakdown: unknown): Reason[] {
  const reasons: Reason[] = [];
  for (const [name, part] of fields(breakdown, 30)) {
    const result = text(get(part, 'result'));
    if (result === null || keyOf(result) === 'clear') continue;
    const subs = fields(get(part, 'breakdown'), 30).filter(([, sub]) => {
      const subResult = keyOf(get(sub, 'result'));
      return subResult !== '' && subResult !== 'clear';
    });
    if (subs.length === 0) reasons.push(reason(name, `${humanize(name)}: ${result}`, SOURCE));
    for (const [subName, sub] of subs) {
      reasons.push(reason(subName, `${humanize(name)}: ${text(get(sub, 'result')) ?? result}`, SOURCE));
    }
  }
  return reasons;
}

/** Facial similarity reports give a 0–1 match score under face_comparison → face_match. */
function reportScore(report: unknown): number | null {
  const score =
    get(report, 'breakdown', 'face_comparison', 'breakdown', 'face_match', 'properties', 'score') ??
    get(report, 'properties', 'score');
  return fromFraction(score);
}

function readReport(report: Bag): NamedDataBlock {
  const status = get(report, 'status');
  const result = get(report, 'result');
  const subResult = get(report, 'sub_result');
  const verdict = verdictOf(status, result, subResult);
  const reasons = [
    // The status only matters while there is no result: `complete` beside `clear` says nothing.
    ...rawWords(verdict, [result, subResult, text(result) === null ? status : null], SOURCE),
    ...breakdownReasons(get(report, 'breakdown')),
  ];
  const id = text(get(report, 'id'));
  return {
    name: text(get(report, 'name')) ?? 'report',
    verdict,
    score: reportScore(report),
    reasons,
    ...(id ? { id } : {}),
  };
}

function isReport(value: unknown): value is Bag {
  return (
    isBag(value) &&
    text(get(value, 'name')) !== null &&
    (get(value, 'breakdown') !== undefined ||
      get(value, 'check_id') !== undefined ||
      get(value, 'sub_result') !== undefined ||
      get(value, 'result') !== undefined)
  );
}

function readRun(run: Bag): { outcome: string | null; dataBlocks: NamedDataBlock[] } {
  const status = get(run, 'status');
  const verdict = lookup(WORKFLOW_RUN, status);
  const reasons = [
    ...rawWords(verdict, [status], SOURCE),
    ...items(get(run, 'reasons'), 20).map((code) => reason(text(code), null, SOURCE)),
  ];
  return { outcome: verdict, dataBlocks: [{ name: 'workflow run', verdict, reasons }] };
}

function readCheck(check: Bag, reports: unknown): { outcome: string | null; dataBlocks: NamedDataBlock[] } {
  const status = get(check, 'status');
  const result = get(check, 'result');
  const outcome = verdictOf(status, result, undefined);
  const reportBlocks = items(reports).filter(isReport).map(readReport);
  const dataBlocks: NamedDataBlock[] = [
    {
      name: 'check',
      verdict: outcome,
      reasons: rawWords(outcome, [result, text(result) === null ? status : null], SOURCE),
    },
    ...reportBlocks,
  ];
  return { outcome, dataBlocks };
}

/**
 * Reads an Onfido check (optionally with `reports`), a report, a list of reports
 * (`{ reports: [...] }`), a workflow run, or a webhook body.
 */
export const fromOnfido = adapter('Onfido', (input) => {
  const webhookObject = get(input, 'payload', 'object');
  if (isBag(webhookObject)) {
    const type = keyOf(get(input, 'payload', 'resource_type'));
    if (type === 'workflow_run') return readRun(webhookObject);
    if (type === 'report') {
      const report = readReport({ name: 'report', ...webhookObject });
      return { outcome: null, dataBlocks: [report] };
    }
    return readCheck(webhookObject, undefined);
  }
  if (get(input, 'workflow_id') !== undefined || get(input, 'workflow_version_id') !== undefined) return readRun(input);
  const nestedCheck = get(input, 'check');
  if (isBag(nestedCheck)) return readCheck(nestedCheck, get(input, 'reports'));
  if (isReport(input)) return { outcome: null, dataBlocks: [readReport(input)] };
  if (get(input, 'status') !== undefined || get(input, 'result') !== undefined)
    return readCheck(input, get(input, 'reports'));
  const reports = get(input, 'reports');
  if (isList(reports)) return { outcome: null, dataBlocks: items(reports).filter(isReport).map(readReport) };
  return { outcome: null, dataBlocks: [] };
});

/** Onfido's result words and report breakdowns, described in our own words. */
export const onfidoCatalog: ReasonCatalog = Object.freeze({
  'onfido:consider': {
    title: 'Consider',
    description: 'Onfido flagged something for a person to look at.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'onfido:suspected': {
    title: 'Suspected fraud',
    description: 'The document shows signs of fraud.',
    tone: 'critical',
    docsUrl: DOCS,
  },
  'onfido:rejected': {
    title: 'Document rejected',
    description: 'The document could not be processed, is not supported, or the applicant is below the age limit.',
    tone: 'critical',
    docsUrl: DOCS,
  },
  'onfido:caution': {
    title: 'Caution',
    description:
      'Some verifications could not be completed, without pointing to fraud (an expired document, for example).',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'onfido:complete': {
    title: 'Complete',
    description: 'Processing finished; the result is fetched separately.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
  'onfido:visual_authenticity': {
    title: 'Visual authenticity',
    description: 'Whether the document looks genuine: fonts, security features, photo.',
    docsUrl: DOCS,
  },
  'onfido:image_integrity': {
    title: 'Image integrity',
    description: 'Whether the image is good enough and unaltered to be checked.',
    docsUrl: DOCS,
  },
  'onfido:data_validation': {
    title: 'Data validation',
    description: 'Whether the data on the document is well formed (dates, checksums, formats).',
    docsUrl: DOCS,
  },
  'onfido:data_consistency': {
    title: 'Data consistency',
    description: 'Whether data repeated on the document agrees with itself.',
    docsUrl: DOCS,
  },
  'onfido:data_comparison': {
    title: 'Data comparison',
    description: 'Whether the document data matches the applicant data you supplied.',
    docsUrl: DOCS,
  },
  'onfido:police_record': {
    title: 'Police record',
    description: 'Whether the document is recorded as lost or stolen.',
    docsUrl: DOCS,
  },
  'onfido:compromised_document': {
    title: 'Compromised document',
    description: 'Whether the document is known to have been used in fraud.',
    docsUrl: DOCS,
  },
  'onfido:age_validation': {
    title: 'Age validation',
    description: 'Whether the applicant is older than the configured minimum age.',
    docsUrl: DOCS,
  },
  'onfido:face_comparison': {
    title: 'Face comparison',
    description: 'Whether the face in the selfie matches the face on the document.',
    docsUrl: DOCS,
  },
  'onfido:original_document_present': {
    title: 'Original document present',
    description: 'Whether the image shows the physical document, not a screen, photocopy or print.',
    docsUrl: DOCS,
  },
  'onfido:expiry_date': { title: 'Expiry date', description: 'Whether the document is still valid.', docsUrl: DOCS },
});
