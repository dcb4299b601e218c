// Deterministic benchmark data. Every workload is generated from a seed, so each trial (and
// each machine) renders exactly the same thing. Each item carries the raw data block the library
// receives and, precomputed outside the timed region, the display values (label, tone, score)
// that the baselines and the peers render directly: a screen written without the library would
// have mapped its vendor's payload to such values once, on arrival, not while rendering.

export type ToneName = 'positive' | 'caution' | 'critical' | 'neutral' | 'unknown';

export interface VerdictEntry {
  raw: string;
  label: string;
  tone: ToneName;
}

/** Verdict spellings seen in the wild, with what the badge shows for each. */
export const VERDICTS: readonly VerdictEntry[] = [
  { raw: 'PASSED', label: 'Passed', tone: 'positive' },
  { raw: 'approved', label: 'Approved', tone: 'positive' },
  { raw: 'not_trusted', label: 'Not trusted', tone: 'critical' },
  { raw: 'REJECTED', label: 'Rejected', tone: 'critical' },
  { raw: 'WARNING', label: 'Warning', tone: 'caution' },
  { raw: 'manual_review', label: 'Manual review', tone: 'caution' },
  { raw: 'NOT_EXECUTED', label: 'Not executed', tone: 'neutral' },
  { raw: 'mystery_state', label: 'Mystery state', tone: 'unknown' },
];

/** Reason codes: some the library's default catalog knows (and explains in a tooltip), some not. */
export const CODES: readonly string[] = [
  'HIGH_FRAUD_RISK',
  'MRZ_CHECKSUM',
  'LOOKUPS_MEDIUM_RISK_DEVICE',
  'TECHNICAL_ERROR',
  'RC004',
  'X17',
  'SELFIE_BLUR_7',
];

export const DETAILS: readonly string[] = [
  'Selfie did not match the document photo',
  'Document number failed its check digit',
  'Device seen in 14 earlier sessions',
  'IP address is on a block list',
  'Name differs between front and back',
  'Date of birth could not be read',
  'Phone number registered last week',
];

export interface NameEntry {
  raw: string;
  label: string;
}

export const NAMES: readonly NameEntry[] = [
  { raw: 'AuthenticationResult', label: 'Authentication result' },
  { raw: 'DeviceSignals', label: 'Device signals' },
  { raw: 'DocumentCheck', label: 'Document check' },
  { raw: 'FaceMatch', label: 'Face match' },
  { raw: 'IpReputation', label: 'IP reputation' },
  { raw: 'PhoneRisk', label: 'Phone risk' },
];

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough to pick benchmark data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A score with one decimal in 0..100, or null for the given share of items. */
function score(random: () => number, missingShare: number): number | null {
  if (random() < missingShare) return null;
  return Math.round(random() * 1000) / 10;
}

export interface ReasonItem {
  code: string;
  details: string;
}

function reason(random: () => number): ReasonItem {
  return { code: pick(random, CODES), details: pick(random, DETAILS) };
}

function reasonList(random: () => number, count: number): ReasonItem[] {
  return Array.from({ length: count }, () => reason(random));
}

export interface BadgeItem {
  verdict: VerdictEntry;
}

export function badgeData(count: number, seed: number): BadgeItem[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => ({ verdict: pick(random, VERDICTS) }));
}

export interface MeterItem {
  block: { verdict: string; score: number | null };
  verdict: VerdictEntry;
  score: number | null;
}

/** W2: every tenth score (on average) is missing. */
export function meterData(count: number, seed: number): MeterItem[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const verdict = pick(random, VERDICTS);
    const value = score(random, 0.1);
    return { block: { verdict: verdict.raw, score: value }, verdict, score: value };
  });
}

export interface CardItem {
  name: NameEntry;
  block: { verdict: string; score: number | null; reasons: { code: string; details: string }[] };
  verdict: VerdictEntry;
  score: number | null;
  reasons: ReasonItem[];
}

/** W3: a badge, a meter and five reasons per card. */
export function cardData(count: number, seed: number): CardItem[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const verdict = pick(random, VERDICTS);
    const value = score(random, 0);
    const reasons = reasonList(random, 5);
    return {
      name: pick(random, NAMES),
      block: { verdict: verdict.raw, score: value, reasons },
      verdict,
      score: value,
      reasons,
    };
  });
}

export interface CheckBlock {
  id: number;
  name: string;
  verdict: string;
  score: number | null;
  reasons: { code: string; details: string }[];
}

export interface CheckItem {
  block: CheckBlock;
  index: number;
  label: string;
  verdict: VerdictEntry;
  score: number | null;
  reasons: ReasonItem[];
}

function checkItem(random: () => number, index: number): CheckItem {
  const name = pick(random, NAMES);
  const verdict = pick(random, VERDICTS);
  const value = score(random, 0.15);
  const reasons = reasonList(random, Math.floor(random() * 5));
  return {
    block: {
      id: index,
      name: `${name.raw}_${index + 1}`,
      verdict: verdict.raw,
      score: value,
      reasons,
    },
    index,
    label: `${name.label} ${index + 1}`,
    verdict,
    score: value,
    reasons,
  };
}

/** W4: checks with 0–4 reasons each and 15% missing scores, in no particular order. */
export function checkData(count: number, seed: number): CheckItem[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => checkItem(random, index));
}

/**
 * W5 (and W8, with a share of one item): the same checks with the verdict of a share of them
 * changed, to a different tone each time. Unchanged items keep their identity, as they would in
 * an app that updates immutable data.
 */
export function changeVerdicts(items: readonly CheckItem[], seed: number, share = 0.1): CheckItem[] {
  const random = createRandom(seed ^ 0x5bd1e995);
  const changed = items.slice();
  const target = Math.round(items.length * share);
  const seen = new Set<number>();
  while (seen.size < target) {
    const index = Math.floor(random() * items.length);
    if (seen.has(index)) continue;
    seen.add(index);
    const item = changed[index] as CheckItem;
    const others = VERDICTS.filter((verdict) => verdict.tone !== item.verdict.tone);
    const verdict = pick(random, others);
    changed[index] = { ...item, verdict, block: { ...item.block, verdict: verdict.raw } };
  }
  return changed;
}

/** W8: the same checks with one verdict changed. */
export function changeOneVerdict(items: readonly CheckItem[], seed: number): CheckItem[] {
  return changeVerdicts(items, seed, 1 / items.length);
}

/** W6: one long reason list. */
export function reasonData(count: number, seed: number): ReasonItem[] {
  return reasonList(createRandom(seed), count);
}

export interface SessionItem {
  title: string;
  outcome: VerdictEntry;
  /** The session's checks, shown as a table. */
  checks: CheckItem[];
  /** The checks a reviewer looks at first, shown as cards. */
  cards: CardItem[];
}

/** W7: one session screen, a badge header over a table of `rows` checks and three cards. */
export function sessionData(rows: number, seed: number): SessionItem {
  const random = createRandom(seed);
  return {
    title: `Session ${Math.floor(random() * 1e6)}`,
    outcome: pick(random, VERDICTS),
    checks: checkData(rows, seed),
    cards: cardData(3, seed + 1),
  };
}
