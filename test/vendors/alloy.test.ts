import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromAlloy } from '../../src/vendors';
import {
  alloyApproved,
  alloyCustomOutcome,
  alloyDenied,
  alloyJourneyRunning,
  alloyManualReview,
} from '../../stories/fixtures/vendors/alloy';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromAlloy mapping', () => {
  it.each([
    ['summary.outcome Approved', alloyApproved, 'approved', 'positive'],
    ['summary.outcome Denied', alloyDenied, 'denied', 'critical'],
    ['summary.outcome Manual Review', alloyManualReview, 'manual_review', 'caution'],
    ['journey status running', alloyJourneyRunning, 'processing', 'neutral'],
    [
      'journey status waiting_review',
      { journey_application_token: 'JA-1', status: 'waiting_review' },
      'in_review',
      'caution',
    ],
    [
      'journey status pending_step_up',
      { journey_application_token: 'JA-1', status: 'pending_step_up' },
      'pending',
      'neutral',
    ],
    ['webhook data.outcome Denied', { type: 'update', data: { outcome: 'Denied' } }, 'denied', 'critical'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromAlloy(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('never reads summary.result "success" as the verdict', () => {
    const { outcome, dataBlocks } = fromAlloy({ summary: { result: 'success', score: 0.5 } });
    expect(outcome).toBeNull();
    expect(dataBlocks[0]?.verdict).toBeNull();
  });

  it('reads the 0–1 summary.score as a percentage (0.99 → 99)', () => {
    expect(fromAlloy(alloyApproved).dataBlocks[0]?.score).toBe(99);
  });

  it('keeps the tags as codes', () => {
    expect(fromAlloy(alloyDenied).dataBlocks[0]?.reasons?.map((r) => r.code)).toEqual(['Fraud Risk', 'OFAC Match']);
  });

  it('keeps an outcome the customer defined as sent, tone unknown', () => {
    expect(fromAlloy(alloyCustomOutcome).outcome).toBe('Step Up Required');
    expect(toneOf('Step Up Required')).toBe('unknown');
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'approved',
    alloyApproved,
    {
      outcome: 'positive',
      rows: { Evaluation: 'positive' },
      words: ['Approve Identity', '99%'],
      label: { English: 'Approved', German: 'Genehmigt' },
    },
  ],
  [
    'denied',
    alloyDenied,
    { outcome: 'critical', words: ['OFAC Match'], label: { English: 'Denied', German: 'Abgelehnt' } },
  ],
  [
    'manual review',
    alloyManualReview,
    {
      outcome: 'caution',
      words: ['Address Mismatch'],
      label: { English: 'Manual review', German: 'Manuelle Prüfung' },
    },
  ],
  [
    'journey still running (pending)',
    alloyJourneyRunning,
    { outcome: 'neutral', words: ['running'], label: { German: 'In Bearbeitung' } },
  ],
  [
    'a customer-defined outcome (partial)',
    alloyCustomOutcome,
    { outcome: 'unknown', label: { English: 'Step up required', German: 'Step up required' } },
  ],
];

describe.each(LANGUAGES)('Alloy payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => {
    const words =
      language === 'German' ? expected.words?.map((word) => (word === '99%' ? '99 %' : word)) : expected.words;
    expectSession(fromAlloy(payload), language, { ...expected, ...(words ? { words } : {}) });
  });
});
