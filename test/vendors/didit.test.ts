import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromDidit } from '../../src/vendors';
import {
  diditApproved,
  diditDeclined,
  diditInProgressWebhook,
  diditInReview,
  diditResubmitted,
} from '../../stories/fixtures/vendors/didit';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromDidit mapping', () => {
  it.each([
    ['status "Not Started"', 'Not Started', 'not_started', 'neutral'],
    ['status "In Progress"', 'In Progress', 'in_progress', 'neutral'],
    ['status "Approved"', 'Approved', 'approved', 'positive'],
    ['status "Declined"', 'Declined', 'declined', 'critical'],
    ['status "In Review"', 'In Review', 'in_review', 'caution'],
    ['status "Awaiting User"', 'Awaiting User', 'pending', 'neutral'],
    ['status "Resubmitted"', 'Resubmitted', 'resubmission_requested', 'caution'],
    ['status "Expired"', 'Expired', 'expired', 'neutral'],
    ['status "Abandoned"', 'Abandoned', 'abandoned', 'neutral'],
    ['status "Kyc Expired"', 'Kyc Expired', 'expired', 'neutral'],
  ])('%s → %s (%s)', (_name, status, verdict, tone) => {
    expect(fromDidit({ status }).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('reads feature "Not Finished" as not executed, keeping the word', () => {
    const block = fromDidit(diditResubmitted).dataBlocks[0];
    expect(block).toMatchObject({ name: 'id_verification', verdict: 'not_executed' });
    expect(block?.reasons?.[0]?.code).toBe('Not Finished');
  });

  it('names version-3 feature lists in the singular and keeps 0–100 scores', () => {
    expect(fromDidit(diditApproved).dataBlocks.map((block) => [block.name, block.score])).toEqual([
      ['id_verification', null],
      ['liveness', 89.92],
      ['face_match', 91.3],
    ]);
  });

  it('keeps warnings as risk codes with their short description', () => {
    const face = fromDidit(diditDeclined).dataBlocks.find((block) => block.name === 'face_match');
    expect(face?.reasons).toEqual([
      { code: 'LOW_FACE_MATCH_SIMILARITY', details: 'Low face match similarity', source: 'didit' },
    ]);
  });

  it('reads a webhook with the decision inside', () => {
    const { outcome, dataBlocks } = fromDidit({ session_id: 'x', status: 'Approved', decision: diditApproved });
    expect(outcome).toBe('approved');
    expect(dataBlocks).toHaveLength(3);
  });

  it('reads the version-2 singular feature objects', () => {
    const { dataBlocks } = fromDidit({
      status: 'Approved',
      id_verification: { status: 'Approved' },
      liveness: { status: 'Approved', score: 90 },
    });
    expect(dataBlocks.map((block) => block.name)).toEqual(['id_verification', 'liveness']);
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'approved',
    diditApproved,
    {
      outcome: 'positive',
      rows: { Liveness: 'positive', 'Face match': 'positive' },
      label: { English: 'Approved', German: 'Genehmigt' },
    },
  ],
  [
    'declined, document expired',
    diditDeclined,
    {
      outcome: 'critical',
      rows: { 'ID verification': 'critical', Liveness: 'positive' },
      words: ['DOCUMENT_EXPIRED', 'Low face match similarity'],
      label: { German: 'Abgelehnt' },
    },
  ],
  [
    'in review, low liveness score',
    diditInReview,
    {
      outcome: 'caution',
      rows: { Liveness: 'caution' },
      words: ['LOW_LIVENESS_SCORE'],
      label: { English: 'In review', German: 'In Prüfung' },
    },
  ],
  [
    'in progress (pending)',
    diditInProgressWebhook,
    { outcome: 'neutral', label: { English: 'In progress', German: 'In Bearbeitung' } },
  ],
  [
    'resubmitted, a step not finished (partial)',
    diditResubmitted,
    { outcome: 'caution', rows: { 'ID verification': 'neutral' }, words: ['Not Finished'] },
  ],
];

describe.each(LANGUAGES)('Didit payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromDidit(payload), language, expected));
});
