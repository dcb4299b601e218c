import { vocabularyKey } from './humanize';
import type { Tone, VerdictTones } from './types';
import { TONES } from './types';

// Space-separated: the vocabulary is the bulk of this module, and every page with a badge loads it.
const BUILT_IN: Readonly<Record<Exclude<Tone, 'unknown'>, string>> = {
  positive: 'success succeeded passed pass ok approved accepted trusted clear verified match green genuine accept',
  caution:
    'warning review manual_review consider caution resubmission_requested retry attention inconclusive partial_match medium_risk resubmit needs_review in_review on_hold requires_retry warn',
  critical:
    'failure failed fail rejected declined denied not_trusted untrusted fraud suspected high_risk red mismatch no_match blocked reject unverified',
  neutral:
    'not_executed skipped pending processing in_progress not_applicable cancelled canceled abandoned expired withdrawn queued not_started created',
};

/** The built-in verdict vocabulary, keyed by `vocabularyKey`. A Map, so no key is special. */
export const builtInVerdictTones: ReadonlyMap<string, Tone> = new Map(
  Object.entries(BUILT_IN).flatMap(([tone, spellings]) =>
    spellings.split(' ').map((spelling) => [spelling, tone as Tone] as const),
  ),
);

export function isTone(value: unknown): value is Tone {
  return typeof value === 'string' && (TONES as readonly string[]).includes(value);
}

const compiledOverrides = new WeakMap<object, ReadonlyMap<string, Tone>>();

/** Host vocabularies are compiled once per object, so a long table does not re-key them per row. */
function compile(overrides: VerdictTones): ReadonlyMap<string, Tone> {
  let compiled = compiledOverrides.get(overrides);
  if (!compiled) {
    const map = new Map<string, Tone>();
    for (const spelling of Object.keys(overrides)) {
      const tone: unknown = overrides[spelling];
      if (isTone(tone)) map.set(vocabularyKey(spelling), tone);
    }
    compiled = map;
    compiledOverrides.set(overrides, compiled);
  }
  return compiled;
}

/**
 * The tone of a verdict. Case- and separator-insensitive (`NOT_TRUSTED`, `not-trusted` and
 * `Not trusted` are one key). Host overrides win over the built-in vocabulary; anything
 * unrecognised, missing or not a string is `unknown`.
 */
export function toneOf(verdict: unknown, overrides?: VerdictTones | null): Tone {
  if (typeof verdict !== 'string' && typeof verdict !== 'number') return 'unknown';
  const key = vocabularyKey(String(verdict));
  if (key === '') return 'unknown';
  if (overrides !== null && typeof overrides === 'object') {
    const override = compile(overrides).get(key);
    if (override) return override;
  }
  return builtInVerdictTones.get(key) ?? 'unknown';
}

const SEVERITY: Readonly<Record<Tone, number>> = { critical: 0, caution: 1, unknown: 2, neutral: 3, positive: 4 };

/** Sort rank: critical 0, caution 1, unknown 2, neutral 3, positive 4. */
export function severityRank(tone: Tone): number {
  return SEVERITY[tone];
}

/** Tones that mean a person should look at the check: critical and caution. */
export function raisesIssue(tone: Tone): boolean {
  return tone === 'critical' || tone === 'caution';
}
