// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataBlockCard, DataChecksTable, type DataBlockCollection } from '../../src';
import { chromiumWithStylesheet, stylesheetText } from './chromium';

// A check name or a card title is read in the direction of its own text, while its box keeps the
// direction around it: laid out by Chromium with the built stylesheet, in pages of both directions.

const browser = chromiumWithStylesheet();

interface NameLayout {
  /** The side of the cell its tone accent is drawn on. */
  accent: 'left' | 'right' | 'none';
  /** The side of the cell the name's text is aligned to (nearer that edge than the other). */
  aligned: 'left' | 'right';
  /** The side of the text its last character is drawn at. */
  textEnd: 'left' | 'right';
}

async function names(pageDir: 'ltr' | 'rtl', checks: DataBlockCollection): Promise<Record<string, NameLayout>> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.setContent(
      `<!doctype html><html lang="en" dir="${pageDir}"><head><style>${stylesheetText()}</style></head>` +
        `<body><div style="inline-size: 1000px">${renderToString(<DataChecksTable checks={checks} />)}</div></body></html>`,
    );
    return await page.evaluate(() => {
      const side = (a: number, b: number): 'left' | 'right' => (a <= b ? 'left' : 'right');
      return Object.fromEntries(
        [...document.querySelectorAll('tbody .dblk-checks__name')].map((cell) => {
          const style = getComputedStyle(cell);
          const box = cell.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(cell);
          const text = range.getBoundingClientRect();
          const node = cell.firstChild as Text;
          range.setStart(node, node.length - 1);
          range.setEnd(node, node.length);
          const last = range.getBoundingClientRect();
          const accent =
            parseFloat(style.borderLeftWidth) === 3
              ? 'left'
              : parseFloat(style.borderRightWidth) === 3
                ? 'right'
                : 'none';
          return [
            cell.textContent,
            {
              accent,
              aligned: side(text.left - box.left, box.right - text.right),
              textEnd: side(last.left - text.left, text.right - last.right),
            },
          ];
        }),
      );
    });
  } finally {
    await page.close();
  }
}

// Names that end in neutral characters: in the wrong direction their brackets
// move to the other end ("(Check (2"). The third, longer name widens the column, so that the
// side the short ones are aligned to shows.
const checks: DataBlockCollection = {
  'Check (2)': { verdict: 'failed' },
  'تحقق (2)': { verdict: 'passed' },
  'Authentication result of the document': { verdict: 'passed' },
};

async function shortNames(pageDir: 'ltr' | 'rtl') {
  const { 'Check (2)': latin, 'تحقق (2)': arabic } = await names(pageDir, checks);
  return { 'Check (2)': latin, 'تحقق (2)': arabic };
}

describe('check name direction in Chromium', () => {
  it('draws a right-to-left page’s accents at the right and aligns its names right, Latin ones included', async () => {
    expect(await shortNames('rtl')).toEqual({
      'Check (2)': { accent: 'right', aligned: 'right', textEnd: 'right' },
      'تحقق (2)': { accent: 'right', aligned: 'right', textEnd: 'left' },
    });
  });

  it('draws a left-to-right page’s accents at the left and aligns its names left, Arabic ones included', async () => {
    expect(await shortNames('ltr')).toEqual({
      'Check (2)': { accent: 'left', aligned: 'left', textEnd: 'right' },
      'تحقق (2)': { accent: 'left', aligned: 'left', textEnd: 'left' },
    });
  });
});

interface TitleLayout {
  /** Lines of the title. */
  lines: number;
  /** The side of the title's box each line is aligned to. */
  aligned: ('left' | 'right')[];
  /** The side of the last line its last character is drawn at. */
  textEnd: 'left' | 'right';
}

/** A card titled `title` in a 240 px column, where a long title wraps. */
async function cardTitle(pageDir: 'ltr' | 'rtl', title: string): Promise<TitleLayout> {
  const page = await browser().newPage({ viewport: { width: 800, height: 600 } });
  try {
    await page.setContent(
      `<!doctype html><html lang="en" dir="${pageDir}"><head><style>${stylesheetText()}</style></head>` +
        `<body><div style="inline-size: 240px">${renderToString(<DataBlockCard title={title} block={{ verdict: 'passed' }} />)}</div></body></html>`,
    );
    return await page.evaluate(() => {
      const heading = document.querySelector('.dblk-card__title')!;
      const box = heading.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(heading);
      // One rect per line box of the text.
      const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const side = (a: number, b: number): 'left' | 'right' => (a <= b ? 'left' : 'right');
      const node = heading.firstChild as Text;
      range.setStart(node, node.length - 1);
      range.setEnd(node, node.length);
      const last = range.getBoundingClientRect();
      const lastLine = lines[lines.length - 1]!;
      return {
        lines: lines.length,
        aligned: lines.map((line) => side(line.left - box.left, box.right - line.right)),
        textEnd: side(last.left - lastLine.left, lastLine.right - last.right),
      };
    });
  } finally {
    await page.close();
  }
}

describe('card title direction in Chromium', () => {
  // A title long enough to wrap; every line is aligned to the page's start side, and the title
  // ends (its closing bracket) where its own direction ends it.
  it.each([
    [
      'a long Latin title in a right-to-left page',
      'right',
      'right',
      'rtl',
      'Authentication result of the identity document (front)',
    ],
    [
      'a long Arabic title in a left-to-right page',
      'left',
      'left',
      'ltr',
      'نتيجة التحقق من وثيقة الهوية الشخصية للعميل (الأمامية)',
    ],
  ] as const)('%s: every line aligned %s, the text ending at its %s', async (_, aligned, textEnd, pageDir, title) => {
    const layout = await cardTitle(pageDir, title);
    expect(layout.lines).toBeGreaterThan(1);
    expect({ aligned: [...new Set(layout.aligned)], textEnd: layout.textEnd }).toEqual({ aligned: [aligned], textEnd });
  });
});
