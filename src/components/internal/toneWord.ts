import { message, type Messages } from '../../i18n/messages';
import type { Tone } from '../../model/types';

const KEYS = {
  positive: 'tonePositive',
  caution: 'toneCaution',
  critical: 'toneCritical',
  neutral: 'toneNeutral',
  unknown: 'toneUnknown',
} as const satisfies Record<Tone, keyof Messages>;

/** The word for a tone in the current messages ("Passed", "Needs review", …). */
export function toneWord(tone: Tone, messages: Partial<Messages>): string {
  return message(messages, KEYS[tone]);
}
