import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDataBlock, TONES } from '../../src';
import { readScore, readVerdict } from '../../src/model/normalize';
import { deepFreeze, failedBiometric, untrustedDevice } from '../helpers';

describe('normalizeDataBlock on the seed examples', () => {
  it('reads the failed biometric authentication block (empty score, empty code)', () => {
    const block = normalizeDataBlock(failedBiometric);
    expect(block.verdict).toBe('failure');
    expect(block.tone).toBe('critical');
    expect(block.score).toBeNull();
    expect(block.reasons).toHaveLength(1);
    expect(block.reasons?.[0]).toMatchObject({ code: null, details: 'SERVER_FACE_DOES_NOT_MATCH' });
    expect(block.problems).toEqual([]);
  });

  it('reads the untrusted device signals block', () => {
    const block = normalizeDataBlock(untrustedDevice);
    expect(block.verdict).toBe('not_trusted');
    expect(block.tone).toBe('critical');
    expect(block.score).toBe(28.3);
    expect(block.reasons?.map((reason) => reason.code)).toEqual(['RC004', 'RE011']);
    expect(block.reasons?.[1]?.details).toMatch(/^This email address/);
    expect(block.problems).toEqual([]);
  });
});

describe('normalizeDataBlock scores', () => {
  it.each([
    ['score ""', '', null, false],
    ['score null', null, null, false],
    ['score undefined', undefined, null, false],
    ['score 0', 0, 0, false],
    ['score "71.6"', '71.6', 71.6, false],
    ['score "71,6"', '71,6', 71.6, false],
    ['score "abc"', 'abc', null, true],
    ['score NaN', Number.NaN, null, true],
    ['score Infinity', Number.POSITIVE_INFINITY, null, true],
    ['score -5', -5, -5, false],
    ['score 150', 150, 150, false],
    ['score as an object', { value: 1 }, null, true],
  ])('%s', (_name, score, expected, reportsProblem) => {
    const block = normalizeDataBlock({ verdict: 'passed', score });
    expect(block.score).toBe(expected);
    expect(block.problems.some((problem) => problem.includes('score'))).toBe(reportsProblem);
  });
});

describe('normalizeDataBlock score scales (scoreMax)', () => {
  it.each([
    ['score 0.97 with scoreMax 1', 0.97, 1, 97],
    ['score "0,5" with scoreMax "1"', '0,5', '1', 50],
    ['score 7 with scoreMax 10', 7, 10, 70],
    ['score 0 with scoreMax 1', 0, 1, 0],
    ['score 0.283 with scoreMax 1', 0.283, 1, 28.3],
    ['score 42 with scoreMax null', 42, null, 42],
    ['score 42 with scoreMax ""', 42, '', 42],
    ['score "" with scoreMax 1', '', 1, null],
  ])('reads %s as a percentage', (_name, score, scoreMax, expected) => {
    const block = normalizeDataBlock({ verdict: 'passed', score, scoreMax });
    expect(block.score).toBe(expected);
    expect(block.problems).toEqual([]);
  });

  it.each([
    ['scoreMax 0', 0],
    ['scoreMax -1', -1],
    ['scoreMax "abc"', 'abc'],
    ['scoreMax as an object', { max: 1 }],
  ])('keeps the score as a percentage and reports %s', (_name, scoreMax) => {
    const block = normalizeDataBlock({ verdict: 'passed', score: 0.5, scoreMax });
    expect(block.score).toBe(0.5);
    expect(block.problems.some((problem) => problem.includes('maximum'))).toBe(true);
  });
});

describe('normalizeDataBlock reason sources', () => {
  it('keeps a reason source as text', () => {
    const block = normalizeDataBlock({ reasons: [{ code: 'OK', source: 'jumio.liveness' }] });
    expect(block.reasons?.[0]).toMatchObject({ code: 'OK', details: null, source: 'jumio.liveness' });
  });

  it('leaves out a missing or empty source', () => {
    const block = normalizeDataBlock({ reasons: [{ code: 'OK' }, { code: 'OK', source: ' ' }] });
    expect(block.reasons?.map((reason) => 'source' in reason)).toEqual([false, false]);
  });

  it('reports a source of the wrong type', () => {
    const block = normalizeDataBlock({ reasons: [{ code: 'OK', source: { vendor: 'x' } }] });
    expect(block.reasons?.[0]?.source).toBeUndefined();
    expect(block.problems.some((problem) => problem.includes('source'))).toBe(true);
  });
});

describe('normalizeDataBlock verdicts', () => {
  it.each(['NOT_TRUSTED', 'not-trusted', 'Not trusted'])(
    'keeps the raw verdict %j and reads it as critical',
    (verdict) => {
      const block = normalizeDataBlock({ verdict });
      expect(block.verdict).toBe(verdict);
      expect(block.tone).toBe('critical');
    },
  );

  it('keeps an unknown verdict as text with tone unknown', () => {
    expect(normalizeDataBlock({ verdict: 'escalated_to_team_b' })).toMatchObject({
      verdict: 'escalated_to_team_b',
      tone: 'unknown',
    });
  });

  it('reads a number as verdict as text and reports it', () => {
    const block = normalizeDataBlock({ verdict: 42 });
    expect(block).toMatchObject({ verdict: '42', tone: 'unknown' });
    expect(block.problems).toHaveLength(1);
  });

  it('ignores an object as verdict and reports it', () => {
    const block = normalizeDataBlock({ verdict: { value: 'passed' } });
    expect(block).toMatchObject({ verdict: null, tone: 'unknown' });
    expect(block.problems[0]).toMatch(/verdict/);
  });

  it('treats an empty verdict as missing', () => {
    expect(normalizeDataBlock({ verdict: '  ' }).verdict).toBeNull();
  });

  it('reads "result" as an alias of "verdict"', () => {
    expect(normalizeDataBlock({ result: 'approved' })).toMatchObject({ verdict: 'approved', tone: 'positive' });
  });

  it('prefers "verdict" over "result"', () => {
    expect(normalizeDataBlock({ verdict: 'failed', result: 'approved' }).verdict).toBe('failed');
  });

  it('applies host verdict tones', () => {
    expect(normalizeDataBlock({ verdict: 'SOFT_DECLINE' }, { verdictTones: { soft_decline: 'caution' } }).tone).toBe(
      'caution',
    );
  });
});

describe('normalizeDataBlock reasons', () => {
  it('reads reasons null as not provided', () => {
    expect(normalizeDataBlock({ reasons: null }).reasons).toBeNull();
  });

  it('reads missing reasons as not provided', () => {
    expect(normalizeDataBlock({ verdict: 'passed' }).reasons).toBeNull();
  });

  it('reads reasons [] as provided and empty', () => {
    const block = normalizeDataBlock({ reasons: [] });
    expect(block.reasons).toEqual([]);
    expect(block.problems).toEqual([]);
  });

  it('reads reasons as a string as one reason with details', () => {
    const block = normalizeDataBlock({ reasons: 'Face does not match' });
    expect(block.reasons).toHaveLength(1);
    expect(block.reasons?.[0]).toMatchObject({ code: null, details: 'Face does not match' });
  });

  it('reads reasons [null, 5, "X", {code: 42}, {code: {}}] leniently', () => {
    const block = normalizeDataBlock({ reasons: [null, 5, 'X', { code: 42 }, { code: {} }] });
    expect(block.reasons?.map(({ code, details }) => ({ code, details }))).toEqual([
      { code: '5', details: null },
      { code: null, details: 'X' },
      { code: '42', details: null },
      { code: null, details: null },
    ]);
    expect(block.problems).toHaveLength(3);
  });

  it('reads a single "reason" object instead of "reasons"', () => {
    const block = normalizeDataBlock({ verdict: 'failed', reason: { code: 'RC004', details: 'Country mismatch' } });
    expect(block.reasons?.map((reason) => reason.code)).toEqual(['RC004']);
  });

  it('reads a single reasons object as one reason', () => {
    expect(normalizeDataBlock({ reasons: { code: 'RE011' } }).reasons?.[0]?.code).toBe('RE011');
  });

  it('treats reasons true as missing and reports it', () => {
    const block = normalizeDataBlock({ reasons: true });
    expect(block.reasons).toBeNull();
    expect(block.problems).toHaveLength(1);
  });

  it('trims codes and details and treats empty ones as missing', () => {
    const block = normalizeDataBlock({ reasons: [{ code: '  ', details: ' RC ' }] });
    expect(block.reasons?.[0]).toMatchObject({ code: null, details: 'RC' });
  });

  it.each(['__proto__', 'constructor', 'toString'])('keeps the code %j as ordinary text', (code) => {
    const block = normalizeDataBlock(JSON.parse(`{"reasons":[{"code":${JSON.stringify(code)}}]}`));
    expect(block.reasons?.[0]?.code).toBe(code);
  });

  it('gives repeated and empty codes distinct, stable keys', () => {
    const reasons = [{ code: 'RC004' }, { code: 'RC004' }, { code: '' }, { code: '' }];
    const first = normalizeDataBlock({ reasons }).reasons ?? [];
    const keys = first.map((reason) => reason.key);
    expect(new Set(keys).size).toBe(4);
    const appended = normalizeDataBlock({ reasons: [...reasons, { code: 'RE011' }] }).reasons ?? [];
    expect(appended.slice(0, 4).map((reason) => reason.key)).toEqual(keys);
  });
});

describe('normalizeDataBlock on the decision-object shape', () => {
  it('reads type, label and risk score', () => {
    const block = normalizeDataBlock({ type: 'REJECTED', details: { label: 'HIGH_FRAUD_RISK' }, risk: { score: 87 } });
    expect(block).toMatchObject({ verdict: 'REJECTED', tone: 'critical', score: 87 });
    expect(block.reasons?.map((reason) => reason.code)).toEqual(['HIGH_FRAUD_RISK']);
  });

  it('reads risk score -1 as not provided, without a problem', () => {
    const block = normalizeDataBlock({ type: 'PASSED', details: { label: 'OK' }, risk: { score: -1 } });
    expect(block.score).toBeNull();
    expect(block.problems).toEqual([]);
  });

  it('reads a list of labels', () => {
    const block = normalizeDataBlock({
      type: 'WARNING',
      details: [{ label: 'ID_DATA_INVALID' }, { label: 'UNREADABLE_DATASOURCE' }],
    });
    expect(block.reasons?.map((reason) => reason.code)).toEqual(['ID_DATA_INVALID', 'UNREADABLE_DATASOURCE']);
  });

  it('reads a decision object without details as reasons not provided', () => {
    expect(normalizeDataBlock({ type: 'NOT_EXECUTED' })).toMatchObject({
      verdict: 'NOT_EXECUTED',
      tone: 'neutral',
      reasons: null,
      score: null,
    });
  });
});

describe('normalizeDataBlock on inputs that are not data blocks', () => {
  it.each([
    ['undefined', undefined, 0],
    ['null', null, 0],
    ['a string', 'passed', 1],
    ['a number', 7, 1],
    ['an array', [{ verdict: 'passed' }], 1],
    ['a function', () => 'passed', 1],
  ])('returns an empty block for %s', (_name, input, problemCount) => {
    const block = normalizeDataBlock(input);
    expect(block).toMatchObject({ verdict: null, tone: 'unknown', score: null, reasons: null });
    expect(block.problems).toHaveLength(problemCount);
  });

  it('survives an object with a throwing getter', () => {
    const input = {
      verdict: 'passed',
      get score(): number {
        throw new Error('boom');
      },
    };
    const block = normalizeDataBlock(input);
    expect(block).toMatchObject({ verdict: 'passed', score: null });
    expect(block.problems[0]).toMatch(/score/);
  });

  it('survives a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normalizeDataBlock(proxy)).toMatchObject({ verdict: null, tone: 'unknown' });
  });

  it('survives a cyclic object', () => {
    const input: Record<string, unknown> = { verdict: 'passed' };
    input.self = input;
    input.reasons = [input];
    const block = normalizeDataBlock(input);
    expect(block.verdict).toBe('passed');
    expect(block.reasons).toHaveLength(1);
  });

  it('never mutates a deeply frozen input', () => {
    const input = deepFreeze(structuredClone(untrustedDevice));
    const before = JSON.stringify(input);
    expect(() => normalizeDataBlock(input)).not.toThrow();
    expect(JSON.stringify(input)).toBe(before);
  });

  it('does not share reason objects with the input', () => {
    const input = { reasons: [{ code: 'RC004', details: 'x' }] };
    const block = normalizeDataBlock(input);
    expect(block.reasons?.[0]).not.toBe(input.reasons[0]);
  });
});

describe('normalizeDataBlock property', () => {
  const nearlyValid = fc.record(
    {
      verdict: fc.oneof(fc.string(), fc.constantFrom('passed', 'NOT_TRUSTED', ''), fc.jsonValue()),
      result: fc.jsonValue(),
      score: fc.oneof(fc.double(), fc.string(), fc.constant(''), fc.jsonValue()),
      reasons: fc.oneof(
        fc.array(fc.record({ code: fc.jsonValue(), details: fc.jsonValue() }, { requiredKeys: [] })),
        fc.jsonValue(),
      ),
      type: fc.jsonValue(),
      details: fc.jsonValue(),
      risk: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );

  it('never throws and always returns the documented shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearlyValid), (input) => {
        const block = normalizeDataBlock(input);
        expect(TONES).toContain(block.tone);
        expect(block.score === null || Number.isFinite(block.score)).toBe(true);
        expect(block.reasons === null || Array.isArray(block.reasons)).toBe(true);
        expect(block.verdict === null || (typeof block.verdict === 'string' && block.verdict !== '')).toBe(true);
        for (const reason of block.reasons ?? []) {
          expect(reason.code === null || (typeof reason.code === 'string' && reason.code !== '')).toBe(true);
          expect(reason.details === null || typeof reason.details === 'string').toBe(true);
        }
        expect(new Set(block.reasons?.map((reason) => reason.key)).size).toBe(block.reasons?.length ?? 0);
        expect(Array.isArray(block.problems)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readVerdict and readScore (what a badge, meter and table row read)', () => {
  it('reads the same spelling under the built-in tones, then a host’s, then the built-in ones again', () => {
    expect(readVerdict({ verdict: 'SOFT_DECLINE' }, undefined).tone).toBe('unknown');
    expect(
      readVerdict({ verdict: 'SOFT_DECLINE' }, undefined, { verdictTones: { soft_decline: 'caution' } }).tone,
    ).toBe('caution');
    expect(readVerdict({ verdict: 'SOFT_DECLINE' }, undefined, { verdictTones: null }).tone).toBe('unknown');
  });

  it('gives one spelling the tone of each of two host vocabularies', () => {
    const strict = { review: 'critical' } as const;
    const lenient = { review: 'positive' } as const;
    expect(readVerdict(undefined, 'review', { verdictTones: strict }).tone).toBe('critical');
    expect(readVerdict(undefined, 'review', { verdictTones: lenient }).tone).toBe('positive');
    expect(readVerdict(undefined, 'review', { verdictTones: strict }).tone).toBe('critical');
  });

  it('trims a verdict with spaces around it every time it is read', () => {
    for (let read = 0; read < 3; read += 1) {
      expect(readVerdict({ verdict: '  approved ' }, undefined)).toEqual({ verdict: 'approved', tone: 'positive' });
    }
  });

  it('reads 1,000 spellings, more than it keeps read, each as itself', () => {
    for (let index = 0; index < 1000; index += 1) {
      expect(readVerdict(undefined, `verdict-${index}`).verdict).toBe(`verdict-${index}`);
    }
    expect(readVerdict(undefined, 'verdict-3')).toEqual({ verdict: 'verdict-3', tone: 'unknown' });
    expect(readVerdict(undefined, 'approved')).toEqual({ verdict: 'approved', tone: 'positive' });
  });

  it('reads a number, an object and a blank string as verdict like normalizeDataBlock does', () => {
    expect(readVerdict({ verdict: 42 }, undefined)).toEqual({ verdict: '42', tone: 'unknown' });
    expect(readVerdict({ verdict: { value: 'passed' } }, undefined)).toEqual({ verdict: null, tone: 'unknown' });
    expect(readVerdict({ verdict: '  ' }, undefined)).toEqual({ verdict: null, tone: 'unknown' });
  });

  it('reads "result" and a decision object’s "type" as the verdict', () => {
    expect(readVerdict({ result: 'approved' }, undefined)).toEqual({ verdict: 'approved', tone: 'positive' });
    expect(readVerdict({ type: 'REJECTED', details: { labels: [] } }, undefined).tone).toBe(
      normalizeDataBlock({ type: 'REJECTED', details: { labels: [] } }).tone,
    );
  });

  it('gives a meter the tone a badge reads', () => {
    const options = { verdictTones: { soft_decline: 'caution' } } as const;
    expect(readScore({ verdict: 'SOFT_DECLINE', score: 40 }, undefined, options)).toEqual({
      verdict: 'SOFT_DECLINE',
      tone: 'caution',
      score: 40,
    });
  });
});
