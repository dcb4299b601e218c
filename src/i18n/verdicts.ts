import { humanize, vocabularyKey } from '../model/humanize';

/**
 * A verdict as the reader sees it: its translation in `verdicts` (keyed by `vocabularyKey`, own
 * keys only, so `__proto__` or `toString` are ordinary verdicts), else its humanized spelling.
 * Verdicts nobody translated stay as the vendor sent them.
 */
export function verdictText(verdict: string, verdicts: unknown): string {
  if (typeof verdicts === 'object' && verdicts !== null) {
    const key = vocabularyKey(verdict);
    if (Object.prototype.hasOwnProperty.call(verdicts, key)) {
      const text: unknown = (verdicts as Record<string, unknown>)[key];
      if (typeof text === 'string' && text.trim() !== '') return text;
    }
  }
  return humanize(verdict);
}
