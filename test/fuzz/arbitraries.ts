import fc from 'fast-check';

/**
 * Runs per property. CI uses the default; soak locally with e.g. `FUZZ_RUNS=20000`. A failure
 * prints its seed and path: replay it with `FUZZ_SEED=<seed> FUZZ_PATH=<path>`.
 */
export function fuzzParameters(): fc.Parameters<unknown> {
  const runs = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10);
  const seed = Number.parseInt(process.env.FUZZ_SEED ?? '', 10);
  const path = process.env.FUZZ_PATH;
  return {
    numRuns: Number.isSafeInteger(runs) && runs > 0 ? runs : DEFAULT_RUNS,
    ...(Number.isSafeInteger(seed) ? { seed } : {}),
    ...(path ? { path } : {}),
  };
}

export const DEFAULT_RUNS = 300;

/** Generous per-test time: CI machines are slow, and soak runs scale with their run count. */
export function fuzzTimeout(): number {
  return Math.max(120_000, (fuzzParameters().numRuns ?? DEFAULT_RUNS) * 200);
}

/** The longest strings the fuzzer makes: long enough to matter, short enough for 300 runs a component. */
export const HUGE = 50_000;

const specialText = fc.constantFrom(
  '',
  ' ',
  ' \t\n ',
  '0',
  '-1',
  '71,6',
  '1e400',
  'NaN',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NOT_TRUSTED',
  'failure',
  'SERVER_FACE_DOES_NOT_MATCH',
  'RC004',
  'OK',
  'مرفوض بسبب عدم التطابق',
  'נדחה',
  '\u202Egnissim\u202C',
  '\u200F\u200E\u2066x\u2069',
  '🙈🔥✅❌',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0308\u0336',
  '\u0000\uFFFD\uD800',
  '<img src=x onerror=alert(1)>',
  '{count} {index} {code}',
  'A'.repeat(HUGE),
  'a_'.repeat(HUGE / 2),
  'x'.repeat(HUGE),
  'é'.repeat(HUGE),
);

/** Strings users never expect: empty, blank, unicode, right-to-left, emoji, huge, markup. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: specialText },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 100, 101, -5, 150, 28.3, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double(),
  fc.integer(),
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const nastyKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then', 'length', ''),
  fc.constantFrom('verdict', 'result', 'score', 'reasons', 'reason', 'code', 'details', 'name', 'id', 'type'),
  fc.string({ maxLength: 6 }),
);

/** Arbitrary JSON, small enough to render hundreds of times. */
export const json: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3, depthSize: 'small' });

/** Nested junk: JSON plus undefined, NaN, sparse arrays, null-prototype objects and `__proto__` keys. */
export const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.sparseArray(tie('value'), { maxLength: 4 }),
    fc.dictionary(nastyKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** An own `__proto__` key, as `JSON.parse` makes it: not the prototype setter. */
function withProtoKey(value: object, protoValue: unknown): object {
  const copy: Record<string, unknown> = { ...value };
  Object.defineProperty(copy, '__proto__', { value: protoValue, enumerable: true, configurable: true, writable: true });
  return copy;
}

const maybeProtoKey = <T extends object>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<object> =>
  fc
    .tuple(arbitrary, fc.option(junk, { freq: 6, nil: undefined }))
    .map(([value, proto]) => (proto === undefined ? value : withProtoKey(value, proto)));

/** Anything in a field: the right type, a wrong type, JSON, junk. */
const fieldValue = (right: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: scalar }, { weight: 1, arbitrary: junk });

export const nearlyValidReason: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: maybeProtoKey(
      fc.record({ code: fieldValue(nastyString), details: fieldValue(nastyString) }, { requiredKeys: [] }),
    ),
  },
  { weight: 1, arbitrary: scalar },
  { weight: 1, arbitrary: junk },
);

export const nearlyValidReasons: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.array(nearlyValidReason, { maxLength: 14 }) },
  { weight: 1, arbitrary: fc.sparseArray(nearlyValidReason, { maxLength: 6 }) },
  { weight: 1, arbitrary: nearlyValidReason },
  { weight: 1, arbitrary: scalar },
);

const scoreValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyNumber,
  nastyNumber.map(String),
  nastyNumber.map((value) => String(value).replace('.', ',')),
  nastyNumber.map((value) => `${value}%`),
);

/** A data block with the right keys and anything as values, aliases and the decision-object shape included. */
export const nearlyValidBlock: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: maybeProtoKey(
      fc.record(
        {
          verdict: fieldValue(nastyString),
          result: fieldValue(nastyString),
          score: fieldValue(scoreValue),
          reasons: nearlyValidReasons,
          reason: nearlyValidReason,
          name: fieldValue(nastyString),
          id: fieldValue(fc.oneof(nastyString, nastyNumber)),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fieldValue(nastyString),
        details: fieldValue(fc.oneof(fc.record({ label: fieldValue(nastyString) }), fc.array(junk, { maxLength: 3 }))),
        risk: fieldValue(fc.record({ score: fieldValue(scoreValue) }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: scalar },
  { weight: 1, arbitrary: junk },
);

/** Collections stay small: every block becomes a table row with its own badge and list. */
export const nearlyValidChecks: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(nearlyValidBlock, { maxLength: 5 }) },
  { weight: 3, arbitrary: fc.dictionary(nastyKey, nearlyValidBlock, { maxKeys: 5 }) },
  { weight: 1, arbitrary: nearlyValidBlock },
  { weight: 1, arbitrary: junk },
);

export const nearlyValidSession: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: maybeProtoKey(
      fc.record(
        {
          decisionOutcome: fieldValue(nastyString),
          outcome: fieldValue(nastyString),
          dataBlocks: nearlyValidChecks,
          datablocks: nearlyValidChecks,
          checks: nearlyValidChecks,
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { weight: 1, arbitrary: junk },
);

/** Plain JSON, junk, or a value shaped like the right thing: the inputs the contract must survive. */
export const anyOf = (nearlyValid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 2, arbitrary: json }, { weight: 1, arbitrary: junk }, { weight: 4, arbitrary: nearlyValid });

/** A prop that is usually absent: absent props must be covered as well as wrong ones. */
export const optionalProp = (value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.option(value, { freq: 2, nil: undefined });

const catalogEntry: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        title: fieldValue(nastyString),
        description: fieldValue(nastyString),
        tone: fieldValue(fc.constantFrom('positive', 'caution', 'critical', 'neutral', 'unknown')),
        decisionType: fieldValue(fc.constantFrom('PASSED', 'WARNING', 'REJECTED', 'NOT_EXECUTED')),
        docsUrl: fieldValue(fc.constantFrom('https://example.com/docs', 'javascript:alert(1)', 'data:,x', '//x', '')),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

const catalogKey = fc.oneof(fc.constantFrom('RC004', 'OK', 'SERVER_FACE_DOES_NOT_MATCH', 'A'.repeat(HUGE)), nastyKey);

/** Provider settings as hosts load them from JSON files: catalog, vocabulary, locale and messages. */
export const providerSettings: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    catalog: anyOf(fc.dictionary(catalogKey, catalogEntry, { maxKeys: 4 })),
    verdictTones: anyOf(
      fc.dictionary(fc.oneof(nastyString, nastyKey), fc.oneof(fc.constantFrom('positive', 'critical'), junk), {
        maxKeys: 4,
      }),
    ),
    locale: anyOf(
      fc.oneof(fc.constantFrom('de', 'en-GB', 'ar-EG', 'he', 'fr-CH', 'zz-ZZ', 'de-u-nu-arab'), nastyString),
    ),
    messages: anyOf(
      fc.dictionary(
        fc.oneof(fc.constantFrom('summary', 'moreChecks', 'showMore', 'checkIndex', 'noVerdict', 'language'), nastyKey),
        fc.oneof(nastyString, fc.record({ one: fieldValue(nastyString), other: fieldValue(nastyString) }), junk),
        { maxKeys: 4 },
      ),
    ),
  },
  { requiredKeys: [] },
);

type HostileKind = 'revoked' | 'ownKeys' | 'getter';

/** A value that throws when looked at; built per run, since fast-check itself would look at it. */
function hostile(kind: HostileKind): unknown {
  if (kind === 'revoked') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  if (kind === 'ownKeys') {
    return new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys trap');
        },
      },
    );
  }
  return Object.defineProperty({}, 'RC004', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
}

const hostileKind = fc.constantFrom<HostileKind>('revoked', 'ownKeys', 'getter');

/**
 * Provider settings that throw when the provider reads them: it must leave them out and report
 * them. Each run gets a function that builds them.
 */
export const hostileSettings: fc.Arbitrary<() => Record<string, unknown>> = fc
  .record(
    { catalog: hostileKind, messages: hostileKind, verdictTones: hostileKind, locale: hostileKind },
    { requiredKeys: [] },
  )
  .map((kinds) => () => Object.fromEntries(Object.entries(kinds).map(([key, kind]) => [key, hostile(kind)])));
