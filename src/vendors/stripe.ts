// Stripe Identity: VerificationSessions (`status`, `last_error: { code, reason }`, an expanded
// `last_verification_report`), VerificationReports (`document`, `id_number`, `selfie`, `email`,
// `phone`, each with `status` and `error`), and events (`{ object: "event", data: { object } }`).
// Sources: Stripe documentation, "How sessions work", https://docs.stripe.com/identity/how-sessions-work ;
// "The VerificationSession object", https://docs.stripe.com/api/identity/verification_sessions/object ;
// "The VerificationReport object", https://docs.stripe.com/api/identity/verification_reports/object
import type { NamedDataBlock, Reason, ReasonCatalog } from '../model/types';
import { adapter, get, isBag, keyOf, rawWords, reason, text, type Bag } from './read';

const SOURCE = 'stripe';
const DOCS = 'https://docs.stripe.com/identity/verification-checks';

function lastError(error: unknown): Reason[] {
  const code = text(get(error, 'code'));
  const why = text(get(error, 'reason'));
  return code === null && why === null ? [] : [reason(code, why, SOURCE)];
}

/**
 * `requires_input` means two things: a new session waiting for the user (neutral), or a
 * failed attempt the user may retry, which Stripe marks with `last_error` (caution). Neither
 * `processing` nor `canceled` is a verdict.
 */
function sessionVerdict(status: unknown, error: unknown): string | null {
  switch (keyOf(status)) {
    case 'requires_input':
      return isBag(error) ? 'requires_retry' : 'not_started';
    case 'processing':
      return 'processing';
    case 'verified':
      return 'verified';
    case 'canceled':
      return 'canceled';
    default:
      return text(status);
  }
}

const REPORT_CHECKS = ['document', 'id_number', 'selfie', 'email', 'phone'] as const;

function reportBlocks(report: Bag): NamedDataBlock[] {
  return REPORT_CHECKS.flatMap((check): NamedDataBlock[] => {
    const part = get(report, check);
    if (!isBag(part)) return [];
    const status = get(part, 'status');
    const verdict = text(status);
    return [{ name: check, verdict, reasons: lastError(get(part, 'error')) }];
  });
}

function readSession(session: Bag): { outcome: string | null; dataBlocks: NamedDataBlock[] } {
  const status = get(session, 'status');
  const error = get(session, 'last_error');
  const outcome = sessionVerdict(status, error);
  const own: NamedDataBlock = {
    name: 'verification session',
    verdict: outcome,
    reasons: [...rawWords(outcome, [status], SOURCE), ...lastError(error)],
  };
  const report = get(session, 'last_verification_report');
  return { outcome, dataBlocks: [own, ...(isBag(report) ? reportBlocks(report) : [])] };
}

/** Reads a Stripe Identity VerificationSession, a VerificationReport, or an event carrying either. */
export const fromStripeIdentity = adapter('Stripe Identity', (input) => {
  const object = keyOf(get(input, 'object')) === 'event' ? get(input, 'data', 'object') : input;
  if (!isBag(object)) return { outcome: null, dataBlocks: [] };
  const kind = text(get(object, 'object'));
  if (kind === 'identity.verification_report' || (kind === null && get(object, 'status') === undefined)) {
    return { outcome: null, dataBlocks: reportBlocks(object) };
  }
  return readSession(object);
});

function error(title: string, description: string) {
  return { title, description, tone: 'caution', docsUrl: DOCS } as const;
}

/** Stripe Identity's `last_error` and report error codes, keyed `stripe:<code>`, in our own words. */
export const stripeIdentityCatalog: ReasonCatalog = Object.freeze({
  'stripe:requires_input': {
    title: 'Requires input',
    description: 'Stripe waits for the user: a new session, or a failed attempt that can be retried.',
    tone: 'neutral',
    docsUrl: 'https://docs.stripe.com/identity/how-sessions-work',
  },
  'stripe:abandoned': error('Abandoned', 'The user left the verification flow.'),
  'stripe:consent_declined': error('Consent declined', 'The user declined to be verified.'),
  'stripe:country_not_supported': error('Country not supported', 'The user is in a country that cannot be verified.'),
  'stripe:device_not_supported': error('Device not supported', 'The device has no camera or cannot run the flow.'),
  'stripe:under_supported_age': error('Too young', 'The user is below the age that can be verified.'),
  'stripe:document_expired': error('Document expired', 'The document has expired.'),
  'stripe:document_type_not_supported': error('Document type not supported', 'This type of document is not accepted.'),
  'stripe:document_unverified_other': error('Document not verified', 'The document could not be verified.'),
  'stripe:email_unverified_other': error('Email not verified', 'The email address could not be verified.'),
  'stripe:email_verification_declined': error(
    'Email verification declined',
    'The user declined to verify the email address.',
  ),
  'stripe:id_number_insufficient_document_data': error(
    'Too little document data',
    'The document did not give enough data to check the ID number.',
  ),
  'stripe:id_number_mismatch': error('ID number mismatch', 'The ID number does not match the name or date of birth.'),
  'stripe:id_number_unverified_other': error('ID number not verified', 'The ID number could not be verified.'),
  'stripe:phone_unverified_other': error('Phone not verified', 'The phone number could not be verified.'),
  'stripe:phone_verification_declined': error(
    'Phone verification declined',
    'The user declined to verify the phone number.',
  ),
  'stripe:selfie_document_missing_photo': error(
    'No photo on document',
    'The document has no photo to compare the selfie with.',
  ),
  'stripe:selfie_face_mismatch': error('Selfie does not match', 'The selfie does not match the document photo.'),
  'stripe:selfie_manipulated': error('Manipulated selfie', 'The selfie appears to have been altered.'),
  'stripe:selfie_unverified_other': error('Selfie not verified', 'The selfie could not be verified.'),
});
