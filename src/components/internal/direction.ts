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
  return typeof text === 'string' && LATIN_FIRST.test(text) ? 'ltr' : 'auto';
}

/** ASCII other than letters, then a letter of ASCII, Latin-1 (not × or ÷) or Latin Extended-A or -B. */
const LATIN_FIRST = /^[^A-Za-z\x80-\uffff]*[A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\u024f]/;
