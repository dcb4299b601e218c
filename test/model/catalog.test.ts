import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupReason, mergeCatalogs, toneOfDecisionType } from '../../src';

/** The data-checks decision labels table, label → decision type, as the seed document lists it. */
const SEED_LABELS: Record<string, string> = {
  PRECONDITION_NOT_FULFILLED: 'NOT_EXECUTED',
  TECHNICAL_ERROR: 'NOT_EXECUTED',
  OK: 'PASSED',
  DOCUMENT_EXPIRY_WITHIN_CONFIGURED_LIMIT: 'WARNING',
  HIGH_FRAUD_RISK: 'REJECTED',
  NFC_CERTIFICATE: 'REJECTED',
  MISMATCHING_DATAPOINTS: 'REJECTED',
  MRZ_CHECKSUM: 'REJECTED',
  MISMATCHING_DATA_REPEATED_FACE: 'REJECTED',
  MISMATCH_HRZ_MRZ_DATA: 'REJECTED',
  CUSTOMER_FEEDBACK: 'REJECTED',
  ID_DATA_MISMATCH: 'REJECTED',
  LOOKUPS_MEDIUM_RISK_IP_ADDRESS: 'WARNING',
  LOOKUPS_MEDIUM_RISK_DEVICE: 'WARNING',
  LOOKUPS_HIGH_RISK_SAME_DATA: 'REJECTED',
  LOOKUPS_HIGH_RISK_SAME_FACE_MISMATCHING_DATA: 'REJECTED',
  LOOKUPS_HIGH_RISK_DEVICE: 'REJECTED',
  LOOKUPS_HIGH_RISK_IP_ADDRESS: 'REJECTED',
  ID_DATA_MISMATCH_LOW_CONFIDENCE: 'WARNING',
  ID_DATA_INVALID: 'WARNING',
  UNREADABLE_DATASOURCE: 'WARNING',
  LOOKUPS_MEDIUM_RISK_SAME_DOCUMENT_NUMBER: 'WARNING',
};

describe('defaultCatalog', () => {
  it('covers all 22 data-check labels of the seed', () => {
    expect(Object.keys(SEED_LABELS)).toHaveLength(22);
    for (const label of Object.keys(SEED_LABELS)) expect(defaultCatalog, label).toHaveProperty(label);
  });

  it.each(Object.entries(SEED_LABELS))('gives %s the decision type %s and its tone', (label, decisionType) => {
    const entry = lookupReason(label);
    expect(entry?.decisionType).toBe(decisionType);
    expect(entry?.tone).toBe(toneOfDecisionType(decisionType as never));
    expect(entry?.title.length).toBeGreaterThan(0);
    expect(entry?.description?.length).toBeGreaterThan(0);
  });

  it.each(['RC004', 'RE011'])('describes the data-block seed code %s', (code) => {
    expect(lookupReason(code)).toMatchObject({ tone: 'critical' });
  });

  it('maps decision types to tones', () => {
    expect(['PASSED', 'WARNING', 'REJECTED', 'NOT_EXECUTED'].map((type) => toneOfDecisionType(type as never))).toEqual([
      'positive',
      'caution',
      'critical',
      'neutral',
    ]);
  });

  it('is frozen, so hosts cannot change it for everyone', () => {
    expect(Object.isFrozen(defaultCatalog)).toBe(true);
  });
});

describe('lookupReason', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('treats %j as an unknown code', (code) => {
    expect(lookupReason(code)).toBeNull();
  });

  it('falls back to the trimmed upper-case code', () => {
    expect(lookupReason(' rc004 ')?.title).toBe(lookupReason('RC004')?.title);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['an empty string', ''],
  ])('returns null for the code %s', (_name, code) => {
    expect(lookupReason(code)).toBeNull();
  });

  it('returns null when the catalog is not an object', () => {
    expect(lookupReason('RC004', null)).toBeNull();
    expect(lookupReason('RC004', 'nope' as never)).toBeNull();
  });

  it('ignores entries that are not objects', () => {
    expect(lookupReason('X1', { X1: 'text' } as never)).toBeNull();
  });
});

describe('lookupReason with a source', () => {
  it('describes OK of a data check with the data-checks text', () => {
    expect(lookupReason('OK', defaultCatalog, 'jumio.dataChecks')?.description).toMatch(/ID image/);
  });

  it('does not describe OK of a liveness check with the data-checks text', () => {
    expect(lookupReason('OK', defaultCatalog, 'jumio.liveness')).toBeNull();
  });

  it('still describes OK without a source (the seed shape)', () => {
    expect(lookupReason('OK')?.decisionType).toBe('PASSED');
  });

  it('prefers the entry keyed source:CODE', () => {
    const catalog = mergeCatalogs(defaultCatalog, { 'jumio.liveness:OK': { title: 'Live person' } });
    expect(lookupReason('OK', catalog, 'jumio.liveness')?.title).toBe('Live person');
    expect(lookupReason('ok', catalog, 'jumio.liveness')?.title).toBe('Live person');
    expect(lookupReason('OK', catalog, 'jumio.dataChecks')?.title).toBe('No fraud found');
  });

  it('uses unscoped entries for any source', () => {
    expect(lookupReason('RC004', defaultCatalog, 'somewhere')?.title).toBe(lookupReason('RC004')?.title);
  });

  it.each(['__proto__', 'constructor'])('treats the source %j as an ordinary source', (source) => {
    expect(lookupReason('RC004', defaultCatalog, source)?.title).toBe(lookupReason('RC004')?.title);
  });
});

describe('mergeCatalogs', () => {
  it('adds host codes and lets later catalogs override earlier ones', () => {
    const merged = mergeCatalogs(defaultCatalog, {
      RC004: { title: 'Country mismatch (host)' },
      H1: { title: 'Host code' },
    });
    expect(lookupReason('RC004', merged)?.title).toBe('Country mismatch (host)');
    expect(lookupReason('H1', merged)?.title).toBe('Host code');
    expect(lookupReason('OK', merged)?.decisionType).toBe('PASSED');
  });

  it('keeps a JSON "__proto__" key as an ordinary code and does not pollute prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"title": "polluted"}}') as Record<string, { title: string }>;
    const merged = mergeCatalogs(hostile);
    expect(lookupReason('__proto__', merged)?.title).toBe('polluted');
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('skips null, undefined and non-object catalogs', () => {
    const merged = mergeCatalogs(null, undefined, 'x' as never, { A: { title: 'A' } });
    expect(Object.keys(merged)).toEqual(['A']);
  });

  it('does not modify its inputs', () => {
    const host = { A: { title: 'A' } };
    mergeCatalogs(host, { A: { title: 'B' } });
    expect(host.A.title).toBe('A');
  });
});
