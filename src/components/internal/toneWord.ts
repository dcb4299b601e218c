import * as en from '../../i18n/english';
import { message, type Messages } from '../../i18n/messages';
import type { Tone } from '../../model/types';

/** The word for a tone in the current messages ("Passed", "Needs review", …). */
export function toneWord(tone: Tone, messages: Partial<Messages>): string {
  switch (tone) {
    case 'positive':
      return message(messages, 'tonePositive', en.tonePositive);
    case 'caution':
      return message(messages, 'toneCaution', en.toneCaution);
    case 'critical':
      return message(messages, 'toneCritical', en.toneCritical);
    case 'neutral':
      return message(messages, 'toneNeutral', en.toneNeutral);
    default:
      return message(messages, 'toneUnknown', en.toneUnknown);
  }
}
