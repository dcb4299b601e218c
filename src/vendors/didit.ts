// Didit: session decisions (GET /v3/session/{id}/decision/, and the `decision` of status
// webhooks) with an overall `status` and one entry per feature (`id_verification(s)`,
// `liveness(_checks)`, `face_match(es)`, `aml(_screenings)`, …), each with `status`, sometimes
// a 0–100 `score`, and `warnings: [{ risk, short_description, long_description }]`.
// Sources: Didit documentation, "Verification statuses", https://docs.didit.me/integration/verification-statuses ;
// "Retrieve session", https://docs.didit.me/sessions-api/retrieve-session ; "Liveness report",
// https://docs.didit.me/core-technology/liveness/report-liveness
import type { NamedDataBlock, ReasonCatalog } from '../model/types';
import {
  adapter,
  fields,
  fromPercent,
  get,
  isBag,
  isList,
  items,
  lookup,
  rawWords,
  reason,
  text,
  type Bag,
} from './read';

const SOURCE = 'didit';
const DOCS = 'https://docs.didit.me/integration/verification-statuses';

// Didit's status strings, matched by key so "In Review" and "in_review" agree. `Not Finished`
// is a feature the user never completed, `Resubmitted` asks the user to redo steps, and `Kyc
// Expired` is an approval whose documents have since expired: none of them is a rejection.
const STATUS: Readonly<Record<string, string>> = {
  not_started: 'not_started',
  in_progress: 'in_progress',
  approved: 'approved',
  declined: 'declined',
  in_review: 'in_review',
  awaiting_user: 'pending',
  resubmitted: 'resubmission_requested',
  expired: 'expired',
  abandoned: 'abandoned',
  kyc_expired: 'expired',
  not_finished: 'not_executed',
};

const NOT_FEATURES = new Set([
  'status',
  'session_id',
  'session_number',
  'session_url',
  'session_kind',
  'metadata',
  'expected_details',
  'contact_details',
  'callback',
  'features',
  'vendor_data',
  'workflow_id',
  'environment',
  'reviews',
  'created_at',
]);

function featureBlock(name: string, feature: Bag, index: number, count: number): NamedDataBlock {
  const status = get(feature, 'status');
  const verdict = lookup(STATUS, status) ?? text(status);
  const warnings = items(get(feature, 'warnings'), 40).flatMap((warning) => {
    const risk = text(get(warning, 'risk'));
    const details = text(get(warning, 'short_description')) ?? text(get(warning, 'long_description'));
    return risk === null && details === null ? [] : [reason(risk, details, SOURCE)];
  });
  const score = fromPercent(get(feature, 'score'));
  const label = count > 1 ? `${name} ${index + 1}` : name;
  const id = text(get(feature, 'node_id'));
  return {
    name: label,
    verdict,
    score,
    reasons: [...rawWords(verdict, [status], SOURCE), ...warnings],
    ...(id ? { id } : {}),
  };
}

// Version 3 lists each feature under a plural key; a block is named for one of them.
const FEATURE_NAMES: Readonly<Record<string, string>> = {
  id_verifications: 'id_verification',
  nfc_verifications: 'nfc',
  liveness_checks: 'liveness',
  face_matches: 'face_match',
  phone_verifications: 'phone',
  email_verifications: 'email',
  poa_verifications: 'proof_of_address',
  poa: 'proof_of_address',
  aml_screenings: 'aml',
  ip_analyses: 'ip_analysis',
  database_validations: 'database_validation',
};

function featureBlocks(decision: unknown): NamedDataBlock[] {
  return fields(decision, 60).flatMap(([rawKey, value]): NamedDataBlock[] => {
    if (NOT_FEATURES.has(rawKey)) return [];
    const key = lookup(FEATURE_NAMES, rawKey) ?? rawKey;
    const entries = isList(value) ? items(value, 20).filter(isBag) : isBag(value) ? [value] : [];
    const withStatus = entries.filter((entry) => text(get(entry, 'status')) !== null);
    return withStatus.map((entry, index) => featureBlock(key, entry, index, withStatus.length));
  });
}

/** Reads a Didit session decision, or a webhook (`{ session_id, status, decision }`). */
export const fromDidit = adapter('Didit', (input) => {
  const decision = isBag(get(input, 'decision')) ? get(input, 'decision') : input;
  const status = get(input, 'status') ?? get(decision, 'status');
  const outcome = lookup(STATUS, status) ?? text(status);
  const dataBlocks = featureBlocks(decision);
  return { outcome, dataBlocks };
});

/** Didit's status strings, keyed `didit:<status>`, in our own words. */
export const diditCatalog: ReasonCatalog = Object.freeze({
  'didit:Resubmitted': {
    title: 'Resubmitted',
    description: 'The user was asked to redo some steps.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'didit:Not Finished': {
    title: 'Not finished',
    description: 'The user did not complete this step.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
  'didit:Kyc Expired': {
    title: 'KYC expired',
    description: 'The session was approved, but its documents have expired since; verify again.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
  'didit:Awaiting User': {
    title: 'Awaiting user',
    description: 'Someone still has to complete their part of the verification.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
});
