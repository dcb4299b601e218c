import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromComplyCube } from '../../src/vendors';
import {
  complyCubeAttentionDocument,
  complyCubeClearDocument,
  complyCubeMatchConfirmed,
  complyCubePending,
  complyCubeRejectedDocument,
  complyCubeWebhook,
} from '../../stories/fixtures/vendors/complycube';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromComplyCube mapping', () => {
  it.each([
    ['result.outcome clear', complyCubeClearDocument, 'clear', 'positive'],
    ['result.outcome attention', complyCubeAttentionDocument, 'attention', 'caution'],
    ['result.outcome rejected', complyCubeRejectedDocument, 'rejected', 'critical'],
    ['result.outcome match_confirmed', complyCubeMatchConfirmed, 'high_risk', 'critical'],
    [
      'result.outcome not_processed',
      { type: 'document_check', status: 'complete', result: { outcome: 'not_processed' } },
      'not_executed',
      'neutral',
    ],
    ['status pending', complyCubePending, 'pending', 'neutral'],
    [
      'status failed (the check could not run)',
      { type: 'identity_check', status: 'failed' },
      'not_executed',
      'neutral',
    ],
    ['webhook type check.completed.clear without a result', complyCubeWebhook, 'clear', 'positive'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromComplyCube(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('keeps failed visible beside not_executed', () => {
    const codes = fromComplyCube({ type: 'identity_check', status: 'failed' }).dataBlocks[0]?.reasons?.map(
      (r) => r.code,
    );
    expect(codes).toEqual(['failed']);
  });

  it('lists the breakdown entries that need attention', () => {
    expect(fromComplyCube(complyCubeAttentionDocument).dataBlocks[0]?.reasons).toEqual([
      { code: 'dateOfExpiry', details: 'Extracted data: attention', source: 'complycube' },
    ]);
  });

  it('reads a list of checks ({ items: [...] })', () => {
    const { dataBlocks } = fromComplyCube({ items: [complyCubeClearDocument, complyCubeMatchConfirmed] });
    expect(dataBlocks.map((block) => block.verdict)).toEqual(['clear', 'high_risk']);
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'clear document check',
    complyCubeClearDocument,
    { outcome: 'positive', rows: { 'Document check': 'positive' }, label: { English: 'Clear', German: 'Unauffällig' } },
  ],
  [
    'rejected for tampering',
    complyCubeRejectedDocument,
    { outcome: 'critical', words: ['tamperingDetected'], label: { German: 'Abgelehnt' } },
  ],
  [
    'attention: expiry date',
    complyCubeAttentionDocument,
    { outcome: 'caution', words: ['dateOfExpiry'], label: { English: 'Attention', German: 'Achtung' } },
  ],
  [
    'pending identity check',
    complyCubePending,
    { outcome: 'neutral', rows: { 'Identity check': 'neutral' }, label: { German: 'Ausstehend' } },
  ],
  [
    'confirmed screening match',
    complyCubeMatchConfirmed,
    { outcome: 'critical', words: ['match_confirmed'], label: { English: 'High risk', German: 'Hohes Risiko' } },
  ],
  [
    'webhook without a result (partial)',
    complyCubeWebhook,
    { outcome: 'positive', rows: { 'Document check': 'positive' } },
  ],
];

describe.each(LANGUAGES)('ComplyCube payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromComplyCube(payload), language, expected));
});
