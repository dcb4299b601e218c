const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a score as a finite number. Accepts numbers and numeric strings, including a decimal
 * comma ("71,6") and a trailing percent sign; anything else (including "", NaN and ±Infinity)
 * is `null`. Does not clamp: a meter decides how to show values out of its range.
 */
export function parseScore(input: unknown): number | null {
  const score = readNumber(input);
  // -0 is the score 0: it must not show as "-0%".
  return score === 0 ? 0 : score;
}

function readNumber(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input === 'bigint') {
    const value = Number(input);
    return Number.isSafeInteger(value) ? value : null;
  }
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text.endsWith('%')) text = text.slice(0, -1).trimEnd();
  // One comma and no dot can only be a decimal comma; "1,234.5" is ambiguous and refused.
  if (/^[^.,]*,[^.,]*$/.test(text)) text = text.replace(',', '.');
  if (!NUMERIC.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * `score` on a scale from 0 to `max` as a percentage: 0.97 of 1 is 97. Rounded to 10 significant
 * digits, so binary fractions do not show as 97.00000000000001.
 */
export function percentOf(score: number, max: number): number {
  const percent = (score / max) * 100;
  return Number.isFinite(percent) ? Number(percent.toPrecision(10)) : score;
}
