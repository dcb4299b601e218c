// Sumsub: webhooks (applicantReviewed, applicantPending, applicantOnHold, …) and the applicant
// review status carry `reviewStatus` and `reviewResult: { reviewAnswer, reviewRejectType,
// rejectLabels, moderationComment, clientComment }`; GET requiredIdDocsStatus gives one
// `reviewResult` per step (IDENTITY, SELFIE, …).
// Sources: Sumsub documentation, "Receive results via API",
// https://docs.sumsub.com/docs/receive-and-interpret-results-via-api ; "Get applicant review
// status", https://docs.sumsub.com/reference/get-applicant-review-status ; "Rejection labels",
// https://docs.sumsub.com/docs/rejection-labels ; "User verification webhooks",
// https://docs.sumsub.com/docs/user-verification-webhooks
import type { NamedDataBlock, Reason, ReasonCatalog, Tone } from '../model/types';
import { adapter, fields, get, isBag, items, keyOf, lookup, rawWords, reason, text } from './read';

const SOURCE = 'sumsub';
const DOCS = 'https://docs.sumsub.com/docs/rejection-labels';

// Review statuses before `completed` are lifecycle states; `onHold` waits for a person.
const REVIEW_STATUS: Readonly<Record<string, string>> = {
  init: 'not_started',
  pending: 'pending',
  prechecked: 'processing',
  queued: 'queued',
  on_hold: 'on_hold',
  awaiting_service: 'processing',
  awaiting_user: 'pending',
};

/**
 * GREEN is approved. RED is a rejection, but RETRY lets the applicant resubmit (caution) while
 * FINAL closes the case (critical); RED without a type is read as final, as Sumsub documents RED
 * as "rejected".
 */
function answerVerdict(answer: unknown, rejectType: unknown): string | null {
  const key = keyOf(answer);
  if (key === 'green') return 'approved';
  if (key !== 'red') return null;
  return keyOf(rejectType) === 'retry' ? 'resubmission_requested' : 'rejected';
}

function resultReasons(result: unknown): Reason[] {
  const reasons = items(get(result, 'rejectLabels'), 50).map((label) => reason(text(label), null, SOURCE));
  const clientComment = text(get(result, 'clientComment'));
  const moderationComment = text(get(result, 'moderationComment'));
  if (clientComment !== null) reasons.push(reason(null, clientComment));
  if (moderationComment !== null && moderationComment !== clientComment) reasons.push(reason(null, moderationComment));
  return reasons;
}

function readReview(name: string, status: unknown, result: unknown): NamedDataBlock {
  const answer = get(result, 'reviewAnswer');
  const rejectType = get(result, 'reviewRejectType');
  const verdict =
    answerVerdict(answer, rejectType) ??
    lookup(REVIEW_STATUS, status) ??
    (keyOf(status) === 'completed' ? 'pending' : null);
  const raw = rawWords(verdict, [answer, rejectType, keyOf(status) === 'completed' ? null : status], SOURCE);
  return { name, verdict, reasons: [...raw, ...resultReasons(result)] };
}

const STEP = /^[A-Z][A-Z0-9_]*$/;

/**
 * Reads a Sumsub webhook body, an applicant (`review` inside), the review status, a
 * `reviewResult` alone, or the requiredIdDocsStatus map of steps.
 */
export const fromSumsub = adapter('Sumsub', (input) => {
  const review = isBag(get(input, 'review')) ? get(input, 'review') : input;
  const status = get(review, 'reviewStatus');
  const result = isBag(get(review, 'reviewResult'))
    ? get(review, 'reviewResult')
    : get(review, 'reviewAnswer') !== undefined
      ? review
      : undefined;
  const dataBlocks: NamedDataBlock[] = [];
  let outcome: string | null = null;
  if (status !== undefined || result !== undefined) {
    const overall = readReview('review', status, result);
    outcome = overall.verdict ?? null;
    dataBlocks.push(overall);
  }
  // Steps of requiredIdDocsStatus: upper-case keys holding their own reviewResult.
  for (const [step, value] of fields(input)) {
    if (!STEP.test(step) || !isBag(value)) continue;
    const stepResult = get(value, 'reviewResult');
    if (isBag(stepResult)) dataBlocks.push(readReview(step, undefined, stepResult));
  }
  return { outcome, dataBlocks };
});

function label(title: string, description: string, tone: Tone = 'critical') {
  return { title, description, tone, docsUrl: DOCS } as const;
}

/** Sumsub's documented rejection labels, keyed `sumsub:<LABEL>`, described in our own words. */
export const sumsubCatalog: ReasonCatalog = Object.freeze({
  'sumsub:FORGERY': label('Forgery', 'The document or data appears to have been forged.'),
  'sumsub:DOCUMENT_TEMPLATE': label('Document template', 'The document is a template or sample, not a real document.'),
  'sumsub:LOW_QUALITY': label('Low quality', 'The images are too poor to make a decision.', 'caution'),
  'sumsub:SPAM': label('Spam', 'The uploads are unrelated files or repeated junk.'),
  'sumsub:NOT_DOCUMENT': label('Not a document', 'The upload is not a document.', 'caution'),
  'sumsub:SELFIE_MISMATCH': label('Selfie mismatch', 'The selfie does not match the document photo.'),
  'sumsub:ID_INVALID': label('ID not valid', 'The identity document is not valid or not accepted.', 'caution'),
  'sumsub:FOREIGNER': label('Foreigner', 'The applicant is a foreigner whom the client does not accept.'),
  'sumsub:DUPLICATE': label('Duplicate', 'The applicant already exists; duplicates are not allowed.'),
  'sumsub:BAD_AVATAR': label('Bad profile photo', 'The profile photo does not meet the requirements.', 'caution'),
  'sumsub:WRONG_USER_REGION': label('Region not accepted', 'Applicants from this region are not accepted.'),
  'sumsub:INCOMPLETE_DOCUMENT': label('Incomplete document', 'Part of the document is missing or cut off.', 'caution'),
  'sumsub:BLACKLIST': label('Blocklisted', 'The applicant is on a blocklist.'),
  'sumsub:UNSATISFACTORY_PHOTOS': label('Unsatisfactory photos', 'The photos are unreadable or incomplete.', 'caution'),
  'sumsub:DOCUMENT_PAGE_MISSING': label('Page missing', 'A required page of the document is missing.', 'caution'),
  'sumsub:DOCUMENT_DAMAGED': label('Damaged document', 'The document is damaged.', 'caution'),
  'sumsub:REGULATIONS_VIOLATIONS': label('Regulations', 'Accepting the applicant would break regulations.'),
  'sumsub:INCONSISTENT_PROFILE': label(
    'Inconsistent profile',
    'Data or documents of the profile contradict each other.',
  ),
  'sumsub:PROBLEMATIC_APPLICANT_DATA': label(
    'Problematic data',
    'The applicant data did not pass the checks.',
    'caution',
  ),
  'sumsub:ADDITIONAL_DOCUMENT_REQUIRED': label(
    'More documents needed',
    'An additional document is required.',
    'caution',
  ),
  'sumsub:AGE_REQUIREMENT_MISMATCH': label('Age requirement', 'The applicant does not meet the age requirement.'),
  'sumsub:CRIMINAL': label('Criminal record', 'The applicant is involved in criminal activity.'),
  'sumsub:COMPROMISED_PERSONS': label('Compromised person', 'The applicant matches a compromised-persons list.'),
  'sumsub:PEP': label('PEP', 'The applicant is a politically exposed person.'),
  'sumsub:ADVERSE_MEDIA': label('Adverse media', 'The applicant appears in adverse media.'),
  'sumsub:SANCTIONS': label('Sanctions', 'The applicant is on a sanctions list.'),
  'sumsub:FRAUDULENT_PATTERNS': label('Fraudulent patterns', 'The applicant behaves in ways typical of fraud.'),
  'sumsub:FRAUDULENT_LIVENESS': label('Fraudulent liveness', 'The liveness check was cheated.'),
  'sumsub:SCREENSHOTS': label('Screenshots', 'Screenshots were uploaded instead of photos.', 'caution'),
  'sumsub:BLACK_AND_WHITE': label(
    'Black and white',
    'Black-and-white images were uploaded; colour is required.',
    'caution',
  ),
  'sumsub:EXPIRATION_DATE': label('Expired document', 'The document has expired or expires too soon.', 'caution'),
  'sumsub:BAD_SELFIE': label('Bad selfie', 'The selfie does not meet the requirements.', 'caution'),
  'sumsub:BAD_FACE_MATCHING': label('Face match failed', 'The face could not be matched with the document.', 'caution'),
  'sumsub:BAD_PROOF_OF_ADDRESS': label('Bad proof of address', 'The proof of address is not acceptable.', 'caution'),
  'sumsub:EXTERNAL_DECISION_REJECTION': label(
    'Rejected by the client',
    'The client rejected the applicant through the API.',
  ),
  'sumsub:RED': label('RED', 'Sumsub rejected the applicant; the reject type says whether they may retry.'),
  'sumsub:GREEN': label('GREEN', 'Sumsub approved the applicant.', 'positive'),
  'sumsub:RETRY': label('RETRY', 'The applicant may resubmit, for example with better photos.', 'caution'),
  'sumsub:FINAL': label('FINAL', 'A final rejection: the applicant cannot retry.'),
});
