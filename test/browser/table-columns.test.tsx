// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SessionDecision } from '../../src';
import { mixedSession } from '../../stories/fixtures/sessions';
import { chromiumWithStylesheet, stylesheetText } from './chromium';

// How the checks table shares its width between the columns, laid out by Chromium with the built
// stylesheet in containers of a desktop and a phone width.

const browser = chromiumWithStylesheet();

interface TableLayout {
  /** Lines of text of each check name and of each decision badge, by their text. */
  names: Record<string, number>;
  badges: Record<string, number>;
  table: number;
  reasons: number;
}

async function layout(width: number): Promise<TableLayout> {
  const page = await browser().newPage({ viewport: { width: Math.max(width, 400), height: 900 } });
  try {
    await page.setContent(
      `<!doctype html><html lang="en"><head><style>${stylesheetText()}</style></head>` +
        `<body><div style="inline-size: ${width}px">${renderToString(<SessionDecision session={mixedSession} />)}</div></body></html>`,
    );
    return await page.evaluate(() => {
      // The distinct line boxes an element's text is laid out in.
      const lines = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)))
          .size;
      };
      const byText = (selector: string) =>
        Object.fromEntries(
          [...document.querySelectorAll(selector)].map((element) => [element.textContent, lines(element)]),
        );
      const headers = [...document.querySelectorAll('thead th')];
      return {
        names: byText('tbody .dblk-checks__name'),
        badges: byText('tbody .dblk-badge'),
        table: document.querySelector('table')!.getBoundingClientRect().width,
        reasons: headers[headers.length - 1]!.getBoundingClientRect().width,
      };
    });
  } finally {
    await page.close();
  }
}

describe('checks table columns in Chromium', () => {
  it('keeps check names and decisions on one line in a 1,280 px container', async () => {
    const { names, badges, reasons, table } = await layout(1280);
    expect(Object.keys(names)).toEqual(expect.arrayContaining(['Document check', 'Authentication result']));
    expect(Object.keys(badges)).toEqual(expect.arrayContaining(['Not trusted', 'Manual review', 'Not executed']));
    for (const [name, count] of Object.entries({ ...names, ...badges })) expect([name, count]).toEqual([name, 1]);
    // The reasons still take most of the width.
    expect(reasons / table).toBeGreaterThan(0.55);
  });

  it('keeps the reasons column readable in a 390 px container, where names and decisions wrap between words', async () => {
    const { badges, reasons, table } = await layout(390);
    // The table keeps a readable width of its own and scrolls in its region.
    expect(table).toBeGreaterThan(390);
    expect(reasons / table).toBeGreaterThan(0.4);
    expect(badges['Not executed']).toBe(2);
  });
});
