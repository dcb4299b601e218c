import type { ReactNode } from 'react';

/**
 * The `dir` of an element that isolates a vendor's text: `"ltr"` where the browser's `dir="auto"`
 * is sure to find left-to-right text, `"auto"` everywhere else.
 *
 * `dir="auto"` takes the direction of the first strongly directional character, and costs the
 * browser a scan of the text whenever the element's content is inserted or changes (thousands of
 * badges and reason codes on one screen). Most vendor text starts with a Latin letter, and for it
 * the answer is known without the browser: every ASCII character other than a letter is weak or
 * neutral, and the letters of ASCII, Latin-1 (except × and ÷) and Latin Extended-A and -B are
 * strongly left-to-right. Any other first character, and any text that is not a string, keeps
 * `"auto"`. Both values isolate the text from its neighbours alike.
 */
export function textDirection(text: ReactNode): 'ltr' | 'auto' {
  if (typeof text !== 'string') return 'auto';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // Lower-cased, an ASCII letter is a–z; no other ASCII character lands there.
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) return 'ltr';
      continue;
    }
    return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7 ? 'ltr' : 'auto';
  }
  return 'auto';
}
