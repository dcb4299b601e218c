// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReasonList, type Reason } from '../../src';
import { chromiumWithStylesheet, stylesheetText } from './chromium';

// A reason's code and text take the direction of their own content, and sit in the row in the
// page's direction: laid out by Chromium with the built stylesheet, on pages of both directions.

const browser = chromiumWithStylesheet();

interface RowLayout {
  /** Which side of the text the chip is on. */
  chip: 'left' | 'right';
  /** The space between the chip and the text, in CSS pixels. */
  gap: number;
  /** Which end of the text its last character is drawn at. */
  textEnd: 'left' | 'right';
  /** Which end of the chip's code its last character is drawn at. */
  codeEnd: 'left' | 'right';
}

async function rows(pageDir: 'ltr' | 'rtl', reasons: Reason[]): Promise<RowLayout[]> {
  const page = await browser().newPage();
  try {
    await page.setContent(
      `<!doctype html><html lang="en" dir="${pageDir}"><head><style>${stylesheetText()}</style></head>` +
        `<body><div style="inline-size: 640px">${renderToString(<ReasonList reasons={reasons} />)}</div></body></html>`,
    );
    return await page.evaluate(() => {
      const lastCharacter = (element: Element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        while (walker.nextNode()) last = walker.currentNode as Text;
        const range = document.createRange();
        range.setStart(last!, last!.length - 1);
        range.setEnd(last!, last!.length);
        return range.getBoundingClientRect();
      };
      const end = (element: Element): 'left' | 'right' => {
        const box = element.getBoundingClientRect();
        const character = lastCharacter(element);
        return Math.abs(character.right - box.right) < Math.abs(character.left - box.left) ? 'right' : 'left';
      };
      return [...document.querySelectorAll('.dblk-reason')].map((item) => {
        const chip = item.querySelector('.dblk-code')!;
        const text = item.querySelector('.dblk-reason__text')!;
        const chipBox = chip.getBoundingClientRect();
        const textBox = text.getBoundingClientRect();
        const left = chipBox.left < textBox.left;
        return {
          chip: left ? 'left' : 'right',
          gap: left ? textBox.left - chipBox.right : chipBox.left - textBox.right,
          textEnd: end(text),
          codeEnd: end(chip),
        };
      });
    });
  } finally {
    await page.close();
  }
}

// RC004 is in the catalog (a button with a tooltip); ACME-7- is not (a plain code).
const latin: Reason[] = [
  { code: 'RC004', details: 'Document expired.' },
  { code: 'ACME-7-', details: 'Document expired.' },
];
const arabic: Reason[] = [
  { code: 'RC004', details: 'انتهت صلاحية الوثيقة.' },
  { code: 'ACME-7-', details: 'انتهت صلاحية الوثيقة.' },
];

describe('reason direction in Chromium', () => {
  // The chip sits on the page's start side, a gap before the text; the text ends where its own
  // direction ends it; a code always reads left to right ("ACME-7-" keeps its last hyphen last).
  it.each([
    ['a right-to-left page with Latin text', 'right', 'right', 'rtl', latin],
    ['a left-to-right page with Arabic text', 'left', 'left', 'ltr', arabic],
    ['a left-to-right page with Latin text', 'left', 'right', 'ltr', latin],
    ['a right-to-left page with Arabic text', 'right', 'left', 'rtl', arabic],
  ] as const)('%s: the chip at the %s, the text ending at its %s', async (_, chip, textEnd, pageDir, reasons) => {
    for (const row of await rows(pageDir, reasons)) {
      expect([row.chip, row.textEnd, row.codeEnd]).toEqual([chip, textEnd, 'right']);
      expect(row.gap).toBeGreaterThanOrEqual(4);
    }
  });
});
