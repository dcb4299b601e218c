import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromVeriff } from '../../src/vendors';
import {
  veriffApproved,
  veriffDeclined,
  veriffNoDecisionYet,
  veriffResubmission,
  veriffReview,
  veriffSubmittedEvent,
} from '../../stories/fixtures/vendors/veriff';
import { expectSession, LANGUAGES, type Expected } from './render';

const codesOf = (input: unknown) =>
  fromVeriff(input)
    .dataBlocks.flatMap((block) => block.reasons ?? [])
    .map((r) => r.code);

describe('fromVeriff mapping', () => {
  it.each([
    ['verification.status created', { verification: { status: 'created' } }, 'created', 'neutral'],
    ['verification.status started', { verification: { status: 'started' } }, 'in_progress', 'neutral'],
    ['verification.status submitted', { verification: { status: 'submitted' } }, 'processing', 'neutral'],
    ['verification.status approved', { verification: { status: 'approved' } }, 'approved', 'positive'],
    ['verification.status declined', { verification: { status: 'declined' } }, 'declined', 'critical'],
    [
      'verification.status resubmission_requested',
      { verification: { status: 'resubmission_requested' } },
      'resubmission_requested',
      'caution',
    ],
    ['verification.status review', { verification: { status: 'review' } }, 'review', 'caution'],
    ['verification.status expired', { verification: { status: 'expired' } }, 'expired', 'neutral'],
    ['verification.status abandoned', { verification: { status: 'abandoned' } }, 'abandoned', 'neutral'],
    ['verification.code 9102 without a status', { verification: { code: 9102 } }, 'declined', 'critical'],
    ['verification.code 9103 without a status', { verification: { code: 9103 } }, 'resubmission_requested', 'caution'],
    ['verification.code 9104 without a status', { verification: { code: 9104 } }, 'expired', 'neutral'],
    [
      'verification.code 9121 without a status (the status table: review)',
      { verification: { code: 9121 } },
      'review',
      'caution',
    ],
    ['event action submitted with code 7002', veriffSubmittedEvent, 'processing', 'neutral'],
    ['event action started', { action: 'started', code: 7001 }, 'in_progress', 'neutral'],
    ['{ status: "success", verification: null } (no decision yet)', veriffNoDecisionYet, 'pending', 'neutral'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromVeriff(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('never reads the envelope status "success" as a verdict', () => {
    expect(fromVeriff(veriffApproved).outcome).toBe('approved');
    expect(codesOf(veriffApproved)).not.toContain('success');
  });

  it('keeps the session code and the reason code with its description (declined, 102)', () => {
    const reasons = fromVeriff(veriffDeclined).dataBlocks[0]?.reasons;
    expect(reasons).toEqual([
      { code: '9102', details: null, source: 'veriff.status' },
      { code: '102', details: 'Suspected document tampering', source: 'veriff' },
    ]);
  });

  it('keeps submitted visible beside the neutral verdict', () => {
    expect(codesOf(veriffSubmittedEvent)).toEqual(['submitted', '7002']);
  });

  it('reads risk labels as codes with their category', () => {
    const { dataBlocks } = fromVeriff({
      verification: {
        status: 'declined',
        riskLabels: [
          { label: 'document_integration_level_crosslinked_with_fraud', category: 'document', sessionIds: [] },
        ],
      },
    });
    expect(dataBlocks[0]?.reasons).toContainEqual({
      code: 'document_integration_level_crosslinked_with_fraud',
      details: 'document',
      source: 'veriff.riskLabels',
    });
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'approved',
    veriffApproved,
    {
      outcome: 'positive',
      rows: { Verification: 'positive' },
      words: ['9001'],
      label: { English: 'Approved', German: 'Genehmigt' },
    },
  ],
  [
    'declined for tampering',
    veriffDeclined,
    {
      outcome: 'critical',
      words: ['102', 'Suspected document tampering'],
      label: { English: 'Declined', German: 'Abgelehnt' },
    },
  ],
  [
    'resubmission requested',
    veriffResubmission,
    {
      outcome: 'caution',
      words: ['Video and/or photos missing'],
      label: { German: 'Erneute Einreichung angefordert' },
    },
  ],
  [
    'sent for review',
    veriffReview,
    { outcome: 'caution', words: ['9121'], label: { English: 'Review', German: 'Prüfung' } },
  ],
  [
    'submitted, waiting for a decision',
    veriffSubmittedEvent,
    { outcome: 'neutral', words: ['submitted', '7002'], label: { English: 'Processing', German: 'In Bearbeitung' } },
  ],
  ['no decision yet', veriffNoDecisionYet, { outcome: 'neutral', label: { English: 'Pending', German: 'Ausstehend' } }],
];

describe.each(LANGUAGES)('Veriff payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromVeriff(payload), language, expected));
});
