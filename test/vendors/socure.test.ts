import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromSocure } from '../../src/vendors';
import {
  socureAccept,
  socureDocvResubmit,
  socureModulesOnly,
  socureRefer,
  socureReject,
} from '../../stories/fixtures/vendors/socure';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromSocure mapping', () => {
  it.each([
    ['decision.value accept', socureAccept, 'accept', 'positive'],
    ['decision.value reject', socureReject, 'reject', 'critical'],
    ['decision.value refer (sent to a further step)', socureRefer, 'review', 'caution'],
    ['decision.value review', { decision: { value: 'review' } }, 'review', 'caution'],
    ['decision.value resubmit', { decision: { value: 'resubmit' } }, 'resubmit', 'caution'],
    ['decision as a bare RiskOS word ACCEPT', { decision: 'ACCEPT' }, 'accept', 'positive'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromSocure(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('keeps refer visible beside review', () => {
    expect(fromSocure(socureRefer).dataBlocks[0]?.reasons?.[0]?.code).toBe('refer');
  });

  it('reads 0–1 module scores as percentages (sigma 0.991 → 99.1)', () => {
    const fraud = fromSocure(socureReject).dataBlocks.find((block) => block.name === 'fraud');
    expect(fraud?.score).toBe(99.1);
    expect(fraud?.reasons?.map((r) => r.code)).toEqual(['R207', 'R551']);
  });

  it('gives modules without a decision no verdict, rather than a guessed one', () => {
    expect(fromSocure(socureModulesOnly).dataBlocks).toEqual([
      { name: 'phoneRisk', verdict: null, score: 31, reasons: [{ code: 'I620', details: null, source: 'socure' }] },
    ]);
  });

  it('reads the Predictive DocV decision of documentVerification', () => {
    expect(fromSocure(socureDocvResubmit).dataBlocks[0]).toMatchObject({
      name: 'documentVerification',
      verdict: 'resubmit',
    });
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'accepted',
    socureAccept,
    {
      outcome: 'positive',
      rows: { Decision: 'positive' },
      words: ['I121'],
      label: { English: 'Accept', German: 'Annehmen' },
    },
  ],
  [
    'rejected, high fraud score',
    socureReject,
    { outcome: 'critical', rows: { Decision: 'critical' }, words: ['R207', '99.1'], label: { German: 'Ablehnen' } },
  ],
  [
    'referred for review',
    socureRefer,
    { outcome: 'caution', words: ['refer', 'R901'], label: { English: 'Review', German: 'Prüfung' } },
  ],
  [
    'document to resubmit',
    socureDocvResubmit,
    { outcome: 'unknown', rows: { 'Document verification': 'caution' }, words: ['R810'] },
  ],
  [
    'modules only (partial)',
    socureModulesOnly,
    { outcome: 'unknown', rows: { 'Phone risk': 'unknown' }, words: ['I620'] },
  ],
];

describe.each(LANGUAGES)('Socure payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => {
    const words =
      language === 'German' ? expected.words?.map((word) => (word === '99.1' ? '99,1' : word)) : expected.words;
    expectSession(fromSocure(payload), language, { ...expected, ...(words ? { words } : {}) });
  });
});
