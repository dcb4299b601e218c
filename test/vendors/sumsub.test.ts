import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromSumsub } from '../../src/vendors';
import {
  sumsubApproved,
  sumsubFinal,
  sumsubOnHold,
  sumsubPending,
  sumsubRetry,
  sumsubSteps,
} from '../../stories/fixtures/vendors/sumsub';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromSumsub mapping', () => {
  it.each([
    [
      'reviewAnswer GREEN',
      { reviewStatus: 'completed', reviewResult: { reviewAnswer: 'GREEN' } },
      'approved',
      'positive',
    ],
    [
      'reviewAnswer RED + reviewRejectType RETRY',
      { reviewStatus: 'completed', reviewResult: { reviewAnswer: 'RED', reviewRejectType: 'RETRY' } },
      'resubmission_requested',
      'caution',
    ],
    [
      'reviewAnswer RED + reviewRejectType FINAL',
      { reviewStatus: 'completed', reviewResult: { reviewAnswer: 'RED', reviewRejectType: 'FINAL' } },
      'rejected',
      'critical',
    ],
    [
      'reviewAnswer RED without a reject type',
      { reviewStatus: 'completed', reviewResult: { reviewAnswer: 'RED' } },
      'rejected',
      'critical',
    ],
    ['reviewStatus init', { reviewStatus: 'init' }, 'not_started', 'neutral'],
    ['reviewStatus pending', { reviewStatus: 'pending' }, 'pending', 'neutral'],
    ['reviewStatus prechecked', { reviewStatus: 'prechecked' }, 'processing', 'neutral'],
    ['reviewStatus queued', { reviewStatus: 'queued' }, 'queued', 'neutral'],
    ['reviewStatus onHold', { reviewStatus: 'onHold' }, 'on_hold', 'caution'],
    ['reviewStatus awaitingService', { reviewStatus: 'awaitingService' }, 'processing', 'neutral'],
    ['reviewStatus awaitingUser', { reviewStatus: 'awaitingUser' }, 'pending', 'neutral'],
    ['reviewStatus completed without a result', { reviewStatus: 'completed' }, 'pending', 'neutral'],
    [
      'an applicant with review inside',
      { id: 'x', review: { reviewStatus: 'completed', reviewResult: { reviewAnswer: 'GREEN' } } },
      'approved',
      'positive',
    ],
    [
      'a reviewResult on its own',
      { reviewAnswer: 'RED', reviewRejectType: 'RETRY' },
      'resubmission_requested',
      'caution',
    ],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromSumsub(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('keeps RED, RETRY, the reject labels and both comments (RETRY example)', () => {
    expect(fromSumsub(sumsubRetry).dataBlocks[0]?.reasons).toEqual([
      { code: 'RED', details: null, source: 'sumsub' },
      { code: 'RETRY', details: null, source: 'sumsub' },
      { code: 'UNSATISFACTORY_PHOTOS', details: null, source: 'sumsub' },
      { code: 'SCREENSHOTS', details: null, source: 'sumsub' },
      { code: null, details: 'Screenshots are not accepted.' },
      { code: null, details: 'We do not accept screenshots. Please upload an original photo.' },
    ]);
  });

  it('reads requiredIdDocsStatus as one block per reviewed step, skipping steps without a review', () => {
    const { outcome, dataBlocks } = fromSumsub(sumsubSteps);
    expect(outcome).toBeNull();
    expect(dataBlocks.map((block) => [block.name, block.verdict])).toEqual([
      ['IDENTITY', 'approved'],
      ['PROOF_OF_RESIDENCE', 'resubmission_requested'],
    ]);
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'approved (GREEN)',
    sumsubApproved,
    { outcome: 'positive', words: ['GREEN'], label: { English: 'Approved', German: 'Genehmigt' } },
  ],
  [
    'rejected for good (RED, FINAL)',
    sumsubFinal,
    {
      outcome: 'critical',
      rows: { Review: 'critical' },
      words: ['RED', 'FINAL', 'FORGERY'],
      label: { English: 'Rejected', German: 'Abgelehnt' },
    },
  ],
  [
    'asked to resubmit (RED, RETRY)',
    sumsubRetry,
    {
      outcome: 'caution',
      rows: { Review: 'caution' },
      words: ['RETRY', 'UNSATISFACTORY_PHOTOS'],
      label: { German: 'Erneute Einreichung angefordert' },
    },
  ],
  ['pending', sumsubPending, { outcome: 'neutral', label: { English: 'Pending', German: 'Ausstehend' } }],
  ['on hold', sumsubOnHold, { outcome: 'caution', label: { English: 'On hold', German: 'Angehalten' } }],
  [
    'steps, one still to resubmit (partial)',
    sumsubSteps,
    {
      outcome: 'unknown',
      rows: { Identity: 'positive', 'Proof of residence': 'caution' },
      words: ['BAD_PROOF_OF_ADDRESS'],
    },
  ],
];

describe.each(LANGUAGES)('Sumsub payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromSumsub(payload), language, expected));
});
