// @vitest-environment node
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { textDirection } from '../../src/components/internal/direction';

// `textDirection` answers "ltr" in place of `dir="auto"` only where Chromium's own `dir="auto"`
// finds left-to-right text: checked here against Chromium, inside a right-to-left parent, so that
// text without a strong character (which takes its parent's direction) cannot pass as left-to-right.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Chromium's direction of each text under `dir="auto"`, in an `rtl` parent. */
async function autoDirections(texts: readonly string[]): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><body><div id="root" dir="rtl"></div></body></html>');
    return await page.evaluate((all) => {
      const root = document.getElementById('root') as HTMLElement;
      return all.map((text) => {
        const span = document.createElement('span');
        span.dir = 'auto';
        span.textContent = text;
        root.append(span);
        return span.matches(':dir(ltr)') ? 'ltr' : 'rtl';
      });
    }, texts);
  } finally {
    await page.close();
  }
}

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index));

describe('textDirection against Chromium’s dir="auto"', () => {
  it('says ltr for a single character only where Chromium finds it left-to-right (U+0000–U+2FFF)', async () => {
    const texts = codePoints(0, 0x2fff).filter((text) => text.charCodeAt(0) < 0xd800);
    const chromium = await autoDirections(texts);
    const wrong = texts.filter((text, index) => textDirection(text) === 'ltr' && chromium[index] !== 'ltr');
    expect(wrong.map((text) => text.codePointAt(0)!.toString(16))).toEqual([]);
    // Every Latin letter is answered without the browser.
    expect(texts.filter((text) => textDirection(text) === 'ltr').length).toBe(52 + 62 + 336);
  });

  it('looks past leading ASCII digits, spaces and punctuation to the first letter', async () => {
    const leads = codePoints(0, 0x7f).filter((text) => !/[A-Za-z]/.test(text));
    const texts = leads.flatMap((lead) => [`${lead}A`, `${lead}${lead}é`, `${lead}א`, `${lead}ب`, `${lead}7`]);
    const chromium = await autoDirections(texts);
    texts.forEach((text, index) => {
      const ours = textDirection(text);
      if (ours === 'ltr') expect([text, chromium[index]]).toEqual([text, 'ltr']);
    });
    expect(texts.filter((text) => textDirection(text) === 'ltr')).toHaveLength(leads.length * 2);
  });

  it.each([
    ['Latin text', 'Not trusted', 'ltr'],
    ['a vendor code', 'MRZ_CHECKSUM', 'ltr'],
    ['a German word with an umlaut first', 'Überprüfung fehlgeschlagen', 'ltr'],
    ['digits before a Latin word', '2 of 5 checks', 'ltr'],
    ['Hebrew', 'בדיקת מסמך', 'auto'],
    ['Arabic after digits', '12 رمز', 'auto'],
    ['Greek', 'Έλεγχος', 'auto'],
    ['digits alone', '4.5%', 'auto'],
    ['an empty string', '', 'auto'],
    ['a left-to-right mark first', '\u200Eשלום', 'auto'],
    ['a right-to-left isolate first', '\u2067abc\u2069', 'auto'],
  ] as const)('%s: %j is %s', async (_, text, expected) => {
    expect(textDirection(text)).toBe(expected);
    if (expected === 'ltr') expect(await autoDirections([text])).toEqual(['ltr']);
  });

  it.each([
    ['100,000 digits and spaces', '1 '.repeat(50_000), 'auto'],
    ['100,000 digits and then a Latin letter', `${'9'.repeat(100_000)}x`, 'ltr'],
    ['a lone surrogate first', '\ud800abc', 'auto'],
  ] as const)('reads %s in one pass: %s', (_, text, expected) => {
    expect(textDirection(text)).toBe(expected);
  });

  it.each([
    ['a number', 42],
    ['an element', { type: 'b', props: {}, key: null }],
    ['null', null],
  ])('leaves %s to the browser', (_, node) => {
    expect(textDirection(node as never)).toBe('auto');
  });
});
