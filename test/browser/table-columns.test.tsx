// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SessionDecision, type SessionLike } from '../../src';
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
  /** How far the container's content reaches past it, and the width the table's own region scrolls. */
  overflow: number;
  scroller: number;
}

async function layout(width: number, session: SessionLike = mixedSession): Promise<TableLayout> {
  const page = await browser().newPage({ viewport: { width: Math.max(width, 400), height: 900 } });
  try {
    await page.setContent(
      `<!doctype html><html lang="en"><head><style>${stylesheetText()}</style></head>` +
        `<body><div style="inline-size: ${width}px">${renderToString(<SessionDecision session={session} />)}</div></body></html>`,
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
        overflow: document.body.firstElementChild!.scrollWidth - document.body.firstElementChild!.clientWidth,
        scroller: document.querySelector('.dblk-checks__scroll')!.scrollWidth,
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

  it("scrolls a check name of 60 words, kept on one line in a wide container, in the table's own region", async () => {
    const name = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const { names, overflow, scroller } = await layout(1280, {
      decisionOutcome: 'approved',
      dataBlocks: [{ name, verdict: 'passed' }],
    });
    expect(Object.values(names)).toEqual([1]);
    expect(scroller).toBeGreaterThan(1280);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('keeps the reasons column readable in a 390 px container, where names and decisions wrap between words', async () => {
    const { badges, reasons, table } = await layout(390);
    // The table keeps a readable width of its own and scrolls in its region.
    expect(table).toBeGreaterThan(390);
    expect(reasons / table).toBeGreaterThan(0.4);
    expect(badges['Not executed']).toBe(2);
  });
});
