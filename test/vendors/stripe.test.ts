import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromStripeIdentity } from '../../src/vendors';
import {
  stripeFailedAttempt,
  stripeNewSession,
  stripeProcessing,
  stripeRequiresInputEvent,
  stripeUnverifiedReport,
  stripeVerified,
} from '../../stories/fixtures/vendors/stripe';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromStripeIdentity mapping', () => {
  it.each([
    ['requires_input without last_error (a new session)', stripeNewSession, 'not_started', 'neutral'],
    ['requires_input with last_error (a failed attempt)', stripeFailedAttempt, 'requires_retry', 'caution'],
    ['processing', stripeProcessing, 'processing', 'neutral'],
    ['verified', stripeVerified, 'verified', 'positive'],
    ['canceled', { object: 'identity.verification_session', status: 'canceled' }, 'canceled', 'neutral'],
    ['an event carrying a requires_input session', stripeRequiresInputEvent, 'requires_retry', 'caution'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromStripeIdentity(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('shows the last_error code and reason, and keeps requires_input visible', () => {
    expect(fromStripeIdentity(stripeFailedAttempt).dataBlocks[0]?.reasons).toEqual([
      { code: 'requires_input', details: null, source: 'stripe' },
      { code: 'document_expired', details: 'The document is expired.', source: 'stripe' },
    ]);
  });

  it('reads an expanded last_verification_report as one block per check', () => {
    expect(fromStripeIdentity(stripeVerified).dataBlocks.map((block) => [block.name, block.verdict])).toEqual([
      ['verification session', 'verified'],
      ['document', 'verified'],
      ['selfie', 'verified'],
    ]);
  });

  it('reads a VerificationReport with unverified checks as critical, with their errors', () => {
    const { outcome, dataBlocks } = fromStripeIdentity(stripeUnverifiedReport);
    expect(outcome).toBeNull();
    expect(dataBlocks.map((block) => toneOf(block.verdict))).toEqual(['critical', 'critical']);
    expect(dataBlocks[1]?.reasons?.[0]?.code).toBe('selfie_face_mismatch');
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'verified (approved)',
    stripeVerified,
    {
      outcome: 'positive',
      rows: { Document: 'positive', Selfie: 'positive' },
      label: { English: 'Verified', German: 'Verifiziert' },
    },
  ],
  [
    'unverified report (rejected)',
    stripeUnverifiedReport,
    {
      outcome: 'unknown',
      rows: { Document: 'critical', Selfie: 'critical' },
      words: ['selfie_face_mismatch', 'The selfie does not match the document photo.'],
    },
  ],
  [
    'failed attempt to retry',
    stripeFailedAttempt,
    {
      outcome: 'caution',
      words: ['requires_input', 'document_expired', 'The document is expired.'],
      label: { German: 'Wiederholung nötig' },
    },
  ],
  [
    'processing (pending)',
    stripeProcessing,
    { outcome: 'neutral', label: { English: 'Processing', German: 'In Bearbeitung' } },
  ],
  [
    'new session (partial: nothing submitted)',
    stripeNewSession,
    { outcome: 'neutral', words: ['requires_input'], label: { English: 'Not started', German: 'Nicht begonnen' } },
  ],
];

describe.each(LANGUAGES)('Stripe Identity payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromStripeIdentity(payload), language, expected));
});
