// The single-field readers the badge, meter and list use must give exactly what the full
// reader gives for the same field: they exist only so those components ship and do less.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScore, resolveVerdict } from '../../src/model/fields';
import { resolveDataBlock, resolveReasons } from '../../src/model/normalize';
import { failedBiometric, garbageValues, untrustedDevice } from '../helpers';

const value = fc.oneof(
  fc.constantFrom(undefined, null, '', '  ', ' PASSED ', 'not-trusted', 'soft decline', '-1', '71,6', '28.3%', -1, 0),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.bigInt(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

const reasonEntry = fc.oneof(
  value,
  fc.record({ code: value, details: value }, { requiredKeys: [] }),
  fc.record({ code: fc.constantFrom('RC004', 'OK', ''), details: fc.constantFrom('SERVER_FACE_DOES_NOT_MATCH', 'x') }),
);

const plainBlock = fc.record(
  {
    verdict: value,
    result: value,
    score: value,
    reasons: fc.oneof(value, fc.array(reasonEntry, { maxLength: 12 })),
    reason: reasonEntry,
    name: value,
  },
  { requiredKeys: [] },
);

const decisionObject = fc.record(
  {
    type: fc.oneof(value, fc.constantFrom('REJECTED', ' PASSED ')),
    verdict: value,
    details: fc.oneof(value, fc.array(fc.oneof(value, fc.record({ label: value })), { maxLength: 4 })),
    risk: fc.oneof(value, fc.record({ score: fc.oneof(value, fc.constantFrom(-1, '-1', 12.5)) })),
  },
  { requiredKeys: ['type'] },
);

const block = fc.oneof(plainBlock, decisionObject, value);
const field = fc.oneof(fc.constant(undefined), value);
const options = fc.constantFrom(undefined, { verdictTones: { soft_decline: 'caution' as const } });

const examples: unknown[] = [failedBiometric, untrustedDevice, ...garbageValues.map(([, garbage]) => garbage)];

describe('resolveVerdict', () => {
  it.each(examples.map((example) => [example]))('matches resolveDataBlock for %j', (example) => {
    const full = resolveDataBlock(example, {});
    expect(resolveVerdict(example, undefined)).toEqual({ verdict: full.verdict, tone: full.tone });
  });

  it('matches resolveDataBlock for any block and verdict', () => {
    fc.assert(
      fc.property(block, field, options, (input, verdict, settings) => {
        const full = resolveDataBlock(input, { verdict }, settings);
        expect(resolveVerdict(input, verdict, settings)).toEqual({ verdict: full.verdict, tone: full.tone });
      }),
      { numRuns: 500 },
    );
  });
});

describe('resolveScore', () => {
  it('reads the decision object risk score, -1 meaning none', () => {
    expect(resolveScore({ type: 'REJECTED', risk: { score: -1 } }, undefined).score).toBeNull();
    expect(resolveScore({ type: 'REJECTED', risk: { score: '71,6' } }, undefined)).toEqual({
      verdict: 'REJECTED',
      tone: 'critical',
      score: 71.6,
    });
  });

  it('matches resolveDataBlock for any block and score', () => {
    fc.assert(
      fc.property(block, field, options, (input, score, settings) => {
        const full = resolveDataBlock(input, { score }, settings);
        expect(resolveScore(input, score, settings)).toEqual({
          verdict: full.verdict,
          tone: full.tone,
          score: full.score,
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('resolveReasons', () => {
  it('reads only the first reasons in full and counts the rest', () => {
    const reasons = [...Array.from({ length: 25 }, (_, index) => ({ code: `C${index}` })), null, 7, 'text'];
    const preview = resolveReasons(undefined, reasons, 10);
    expect(preview.total).toBe(27);
    expect(preview.reasons?.map((reason) => reason.code)).toEqual(
      Array.from({ length: 10 }, (_, index) => `C${index}`),
    );
  });

  it('cuts the labels of a decision object at the limit and counts them all', () => {
    const preview = resolveReasons({ type: 'REJECTED', details: [{ label: 0 }, 0] }, undefined, 1);
    expect(preview.total).toBe(2);
    expect(preview.reasons?.map((reason) => reason.code)).toEqual(['0']);
  });

  it('matches resolveDataBlock for any block and reasons, in full and cut at any limit', () => {
    fc.assert(
      fc.property(block, field, fc.integer({ min: 1, max: 12 }), (input, reasons, limit) => {
        const full = resolveDataBlock(input, { reasons }).reasons;
        expect(resolveReasons(input, reasons)).toEqual({ reasons: full, total: full?.length ?? 0 });
        expect(resolveReasons(input, reasons, limit)).toEqual({
          reasons: full === null ? null : full.slice(0, limit),
          total: full?.length ?? 0,
        });
      }),
      { numRuns: 500 },
    );
  });
});
