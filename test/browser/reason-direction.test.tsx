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
  it('a right-to-left page: the chip at the right, then a gap, then Latin text that ends at its right', async () => {
    for (const row of await rows('rtl', latin)) {
      expect(row.chip).toBe('right');
      expect(row.gap).toBeGreaterThanOrEqual(4);
      expect(row.textEnd).toBe('right');
      expect(row.codeEnd).toBe('right');
    }
  });

  it('a left-to-right page: the chip at the left, then a gap, then Arabic text that ends at its left', async () => {
    for (const row of await rows('ltr', arabic)) {
      expect(row.chip).toBe('left');
      expect(row.gap).toBeGreaterThanOrEqual(4);
      expect(row.textEnd).toBe('left');
      expect(row.codeEnd).toBe('right');
    }
  });

  it('a page and text of one direction: left to right, and right to left', async () => {
    for (const row of await rows('ltr', latin)) {
      expect([row.chip, row.textEnd, row.codeEnd]).toEqual(['left', 'right', 'right']);
      expect(row.gap).toBeGreaterThanOrEqual(4);
    }
    for (const row of await rows('rtl', arabic)) {
      expect([row.chip, row.textEnd, row.codeEnd]).toEqual(['right', 'left', 'right']);
      expect(row.gap).toBeGreaterThanOrEqual(4);
    }
  });
});
