import { describe, expect, it } from 'vitest';
import { fromIdnow } from '../../src/vendors';
import {
  idnowApproved,
  idnowFailedBiometricBlock,
  idnowPartial,
  idnowPending,
  idnowRejected,
  idnowReview,
  idnowUntrustedDeviceBlock,
} from '../../stories/fixtures/vendors/idnow';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromIdnow mapping', () => {
  it('reads a flow session: decisionOutcome and the data blocks keyed by name', () => {
    expect(fromIdnow(idnowRejected)).toEqual({
      outcome: 'rejected',
      dataBlocks: [
        {
          name: 'AuthenticationResult',
          verdict: 'failure',
          score: null,
          reasons: [{ code: null, details: 'SERVER_FACE_DOES_NOT_MATCH', source: 'idnow' }],
        },
      ],
      problems: [],
    });
  });

  it('reads the datablocks response on its own ({ DeviceSignals: {...} })', () => {
    const { outcome, dataBlocks } = fromIdnow({ DeviceSignals: idnowUntrustedDeviceBlock });
    expect(outcome).toBeNull();
    expect(dataBlocks[0]).toMatchObject({ name: 'DeviceSignals', verdict: 'not_trusted', score: 28.3 });
  });

  it('reads one data block on its own (the failed biometric example)', () => {
    expect(fromIdnow(idnowFailedBiometricBlock).dataBlocks[0]).toMatchObject({ verdict: 'failure', score: null });
  });

  it('reads the empty score "" as no score', () => {
    expect(fromIdnow(idnowRejected).dataBlocks[0]?.score).toBeNull();
  });

  it('reads a list of named blocks', () => {
    const { dataBlocks } = fromIdnow({
      decisionOutcome: 'review',
      dataBlocks: [{ name: 'Email', verdict: 'manual_review' }],
    });
    expect(dataBlocks.map((block) => block.name)).toEqual(['Email']);
  });

  it('reads a session without a decision yet as no outcome and no blocks', () => {
    expect(fromIdnow(idnowPending)).toMatchObject({ outcome: null, dataBlocks: [] });
  });

  it('reports a score that is not a number', () => {
    expect(fromIdnow({ AuthenticationResult: { verdict: 'success', score: 'high' } }).problems).toHaveLength(1);
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'approved',
    idnowApproved,
    {
      outcome: 'positive',
      rows: { 'Authentication result': 'positive' },
      label: { English: 'Approved', German: 'Genehmigt' },
    },
  ],
  [
    'rejected on the biometric step',
    idnowRejected,
    {
      outcome: 'critical',
      rows: { 'Authentication result': 'critical' },
      words: ['SERVER_FACE_DOES_NOT_MATCH'],
      label: { German: 'Abgelehnt' },
    },
  ],
  [
    'in review with untrusted device signals',
    idnowReview,
    {
      outcome: 'caution',
      rows: { 'Device signals': 'critical' },
      words: ['RC004', 'RE011', '28.3'],
      label: { German: 'Prüfung' },
    },
  ],
  ['pending', idnowPending, { outcome: 'unknown' }],
  [
    'a verdict without score or reasons (partial)',
    idnowPartial,
    { outcome: 'positive', rows: { 'Authentication result': 'positive' } },
  ],
];

describe.each(LANGUAGES)('IDnow payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => {
    const words =
      language === 'German' ? expected.words?.map((word) => (word === '28.3' ? '28,3' : word)) : expected.words;
    expectSession(fromIdnow(payload), language, { ...expected, ...(words ? { words } : {}) });
  });
});
