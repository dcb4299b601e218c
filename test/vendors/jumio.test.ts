import { describe, expect, it } from 'vitest';
import { lookupReason, mergeCatalogs, defaultCatalog, toneOf } from '../../src';
import { fromJumio, jumioCatalog } from '../../src/vendors';
import {
  jumioCallbackAcquired,
  jumioLivenessEntry,
  jumioPartial,
  jumioPassed,
  jumioRejected,
  jumioWarning,
} from '../../stories/fixtures/vendors/jumio';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromJumio mapping', () => {
  it.each([
    ['decision.type PASSED', jumioPassed, 'PASSED', 'positive'],
    ['decision.type REJECTED', jumioRejected, 'REJECTED', 'critical'],
    ['decision.type WARNING', jumioWarning, 'WARNING', 'caution'],
    ['decision.type NOT_EXECUTED', jumioPartial, 'NOT_EXECUTED', 'neutral'],
    ['callback workflowExecution.status ACQUIRED', jumioCallbackAcquired, 'processing', 'neutral'],
    ['callback status INITIATED', { workflowExecution: { status: 'INITIATED' } }, 'not_started', 'neutral'],
    [
      'callback status PROCESSED (decision to fetch)',
      { workflowExecution: { status: 'PROCESSED' } },
      'pending',
      'neutral',
    ],
    ['callback status SESSION_EXPIRED', { workflowExecution: { status: 'SESSION_EXPIRED' } }, 'expired', 'neutral'],
    ['callback status TOKEN_EXPIRED', { workflowExecution: { status: 'TOKEN_EXPIRED' } }, 'expired', 'neutral'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromJumio(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('reads decisions nested inside capability arrays, one block per entry, label as code', () => {
    const blocks = fromJumio(jumioRejected).dataBlocks;
    expect(blocks.map((block) => [block.name, block.verdict, block.reasons?.[0]?.code])).toEqual([
      ['dataChecks', 'REJECTED', 'MRZ_CHECKSUM'],
      ['imageChecks', 'REJECTED', 'MANIPULATED_DOCUMENT'],
      ['liveness', 'PASSED', 'OK'],
      ['similarity', 'REJECTED', 'NO_MATCH'],
    ]);
  });

  it('scopes each label to its capability (jumio.liveness, jumio.dataChecks)', () => {
    const sources = fromJumio(jumioPassed).dataBlocks.map((block) => block.reasons?.[0]?.source);
    expect(sources).toContain('jumio.liveness');
    expect(sources).toContain('jumio.dataChecks');
  });

  it('describes a liveness OK with the liveness text, not the data-checks text', () => {
    const catalog = mergeCatalogs(defaultCatalog, jumioCatalog);
    expect(lookupReason('OK', catalog, 'jumio.liveness')?.title).toBe('Live person');
    expect(lookupReason('OK', catalog, 'jumio.dataChecks')?.title).toBe('No fraud found');
  });

  it('reads one capability entry on its own', () => {
    expect(fromJumio(jumioLivenessEntry).dataBlocks).toEqual([
      {
        name: 'capability',
        verdict: 'PASSED',
        score: null,
        reasons: [{ code: 'OK', details: null, source: 'jumio' }],
        id: 'lv-1',
      },
    ]);
  });

  it('reads the capabilities object on its own', () => {
    expect(fromJumio(jumioWarning.capabilities).dataBlocks).toHaveLength(3);
  });

  it('numbers entries when a capability has several (liveness 1, liveness 2)', () => {
    const twice = { liveness: [jumioLivenessEntry, jumioLivenessEntry] };
    expect(fromJumio(twice).dataBlocks.map((block) => block.name)).toEqual(['liveness 1', 'liveness 2']);
  });

  it('reads a risk score of -1 as no score', () => {
    expect(fromJumio({ type: 'NOT_EXECUTED', risk: { score: -1 } }).dataBlocks[0]?.score).toBeNull();
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'all capabilities passed',
    jumioPassed,
    {
      outcome: 'positive',
      rows: { Liveness: 'positive', Similarity: 'positive' },
      words: ['MATCH'],
      label: { English: 'Passed', German: 'Bestanden' },
    },
  ],
  [
    'rejected for a manipulated document',
    jumioRejected,
    {
      outcome: 'critical',
      rows: { 'Image checks': 'critical', Liveness: 'positive' },
      words: ['MANIPULATED_DOCUMENT', 'MRZ_CHECKSUM'],
      label: { English: 'Rejected', German: 'Abgelehnt' },
    },
  ],
  [
    'warning for a document close to expiry',
    jumioWarning,
    {
      outcome: 'caution',
      rows: { 'Data checks': 'caution' },
      words: ['DOCUMENT_EXPIRY_WITHIN_CONFIGURED_LIMIT', 'GLARE'],
      label: { English: 'Warning', German: 'Warnung' },
    },
  ],
  [
    'acquired, still processing',
    jumioCallbackAcquired,
    { outcome: 'neutral', words: ['ACQUIRED'], label: { English: 'Processing', German: 'In Bearbeitung' } },
  ],
  [
    'a data check that could not run (partial)',
    jumioPartial,
    { outcome: 'neutral', rows: { 'Data checks': 'neutral' }, words: ['PRECONDITION_NOT_FULFILLED'] },
  ],
];

describe.each(LANGUAGES)('Jumio payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromJumio(payload), language, expected));
});
