import * as english from '../../i18n/english';
import type { Messages } from '../../i18n/messages';
import type { Tone } from '../../model/types';

const WORDS = {
  positive: ['tonePositive', english.tonePositive],
  caution: ['toneCaution', english.toneCaution],
  critical: ['toneCritical', english.toneCritical],
  neutral: ['toneNeutral', english.toneNeutral],
  unknown: ['toneUnknown', english.toneUnknown],
} as const satisfies Record<Tone, readonly [keyof Messages, string]>;

/** The word for a tone in the current messages ("Passed", "Needs review", …). */
export function toneWord(tone: Tone, messages: Partial<Messages>): string {
  const [key, english] = WORDS[tone];
  return messages[key] ?? english;
}
