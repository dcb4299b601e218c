// @vitest-environment node
import react from '@vitejs/plugin-react';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { scenarios, TABLE_ROWS, TEN_THOUSAND, type ScenarioName } from './fixtures/scenarios';

// Every page is served with a strict Content-Security-Policy, server-rendered in Node and hydrated
// by a Vite bundle of fixtures/client.tsx in Debian's Chromium (React's development build, so
// hydration mismatches are reported). Each test ends by asserting that nothing went wrong on the
// page: no CSP violation, no console error or warning, no failed request, no React error.

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const root = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, 'fixtures');
const stylesheet = join(root, 'dist/styles.css');

let browser: Browser;
let server: Server;
let origin: string;
let bundleDir: string;
const serverHtml = new Map<string, string>();
const serverBodies = new Map<string, string>();

/** Inline style and inline script: both must be refused, and reported, under the policy. */
const CONTROL_MARKUP = '<p style="color: red">inline style</p><script>window.__inlineScriptRan = true</script>';

function htmlPage(name: ScenarioName, body: string, extra = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${name}</title>
    <link rel="icon" href="/favicon.ico">
    <link rel="stylesheet" href="/styles.css">
    <link rel="stylesheet" href="/host.css">
    <script type="module" src="/assets/${bundleOf(name)}/client.js"></script>
  </head>
  <body>
    <div id="root" data-scenario="${name}">${body}</div>
    ${extra}
  </body>
</html>`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function serve(url: string): { status: number; type?: string | undefined; body?: string | Buffer } {
  const path = new URL(url, 'http://localhost').pathname;
  const page = serverHtml.get(path.slice(1));
  if (page !== undefined) return { status: 200, type: CONTENT_TYPES['.html'], body: page };
  if (path === '/favicon.ico') return { status: 204 };
  if (path === '/styles.css') return { status: 200, type: CONTENT_TYPES['.css'], body: readFileSync(stylesheet) };
  if (path === '/host.css')
    return { status: 200, type: CONTENT_TYPES['.css'], body: readFileSync(join(fixtures, 'host.css')) };
  if (path.startsWith('/assets/')) {
    const file = normalize(join(bundleDir, path.slice('/assets/'.length)));
    if (file.startsWith(bundleDir) && existsSync(file)) {
      return {
        status: 200,
        type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      };
    }
  }
  return { status: 404, body: 'not found' };
}

/**
 * React's development build reports hydration mismatches and other warnings that production
 * React ignores, so the CSP and hydration pages use it. The big pages use the production build
 * that hosts ship: the development build is several times slower with thousands of rows.
 */
const BUNDLES = ['development', 'production'] as const;
type Bundle = (typeof BUNDLES)[number];
const bundleOf = (name: ScenarioName): Bundle =>
  name === 'five-thousand-rows' || name === 'tall-table' || name === 'ten-thousand-reasons'
    ? 'production'
    : 'development';

async function bundle(mode: Bundle): Promise<void> {
  await build({
    configFile: false,
    root: fixtures,
    mode,
    base: '/assets/',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    // Vitest sets NODE_ENV=test, which would make Vite emit development JSX for both bundles.
    oxc: { jsx: { development: mode === 'development' } },
    build: {
      outDir: bundleDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: { client: join(fixtures, 'client.tsx') },
        output: { entryFileNames: `${mode}/[name].js`, chunkFileNames: `${mode}/[name]-[hash].js` },
      },
    },
  });
}

beforeAll(async () => {
  if (!existsSync(stylesheet)) {
    throw new Error(`${stylesheet} is missing: run \`npm run build\` (npm test does) before the browser tests.`);
  }
  bundleDir = mkdtempSync(join(tmpdir(), 'dblk-browser-'));
  const launching = launchChromium();
  for (const mode of BUNDLES) await bundle(mode);
  for (const name of Object.keys(scenarios) as ScenarioName[]) {
    const body = renderToString(scenarios[name]());
    serverBodies.set(name, body);
    serverHtml.set(name, htmlPage(name, body, name === 'hydration-mismatch' ? CONTROL_MARKUP : ''));
  }
  server = createServer((request, response) => {
    const { status, type, body } = serve(request.url ?? '/');
    response.writeHead(status, {
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
      ...(type ? { 'Content-Type': type } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launching;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

interface PageReport {
  violations: string[];
  console: string[];
  pageErrors: string[];
  failedRequests: string[];
  react: { recoverable: string[]; caught: string[]; uncaught: string[] };
}

const CLEAN: PageReport = {
  violations: [],
  console: [],
  pageErrors: [],
  failedRequests: [],
  react: { recoverable: [], caught: [], uncaught: [] },
};

/** Opens a scenario, waits for hydration, and returns a function that collects what went wrong. */
/** How much of the table's viewport, in CSS pixels, lies below its last mounted row while rows remain. */
function uncoveredPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.dblk-checks__viewport')!;
    const mounted = viewport.querySelectorAll('tbody tr[aria-rowindex]');
    const last = mounted[mounted.length - 1]!;
    const count = Number(viewport.querySelector('table')!.getAttribute('aria-rowcount'));
    if (Number(last.getAttribute('aria-rowindex')) === count) return 0;
    return Math.max(0, viewport.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom);
  });
}

async function open(name: ScenarioName): Promise<{ page: Page; report: () => Promise<PageReport> }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    window.addEventListener(
      'securitypolicyviolation',
      (event) => violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`),
      true,
    );
  });
  const page = await context.newPage();
  const consoleMessages: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleMessages.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()} ${response.status()}`);
  });
  await page.goto(`${origin}/${name}`);
  try {
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached', timeout: 60_000 });
  } catch (error) {
    const seen = [...consoleMessages, ...pageErrors, ...failedRequests].join('\n') || 'nothing logged';
    throw new Error(`${name} did not hydrate. The page reported:\n${seen}`, { cause: error });
  }
  const report = async (): Promise<PageReport> => {
    // Violation events are queued as tasks: give the last ones a moment to arrive.
    await page.waitForTimeout(250);
    const fromPage = await page.evaluate(() => ({
      violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
      react: (window as unknown as { __reactErrors: PageReport['react'] }).__reactErrors,
    }));
    await context.close();
    return { ...fromPage, console: consoleMessages, pageErrors, failedRequests };
  };
  return { page, report };
}

describe('strict CSP, server rendering and hydration in Chromium', () => {
  it('reports an inline style, an inline script and a hydration mismatch (control page)', async () => {
    const { page, report } = await open('hydration-mismatch');
    expect(await page.evaluate(() => (window as { __inlineScriptRan?: boolean }).__inlineScriptRan)).toBeUndefined();
    expect(await page.getByText('Rendered in the browser').count()).toBe(1);
    const result = await report();
    expect(result.violations).toEqual(
      expect.arrayContaining([expect.stringMatching(/^style-src/), expect.stringMatching(/^script-src/)]),
    );
    expect(result.react.recoverable.join('\n')).toMatch(/hydrat/i);
  }, 60_000);

  it('hydrates every component, opens tooltips, expands a list, sorts and filters the table: nothing violates the CSP or logs an error', async () => {
    const { page, report } = await open('every-component');

    // ids come from useId: the browser keeps the server's ids, and every reference resolves.
    const serverIds = [...serverBodies.get('every-component')!.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    const ids = await page.evaluate(() => {
      const all = [...document.querySelectorAll('#root [id]')].map((element) => element.id);
      const references = [...document.querySelectorAll('[aria-labelledby], [aria-controls], [aria-describedby]')]
        .flatMap((element) =>
          ['aria-labelledby', 'aria-controls', 'aria-describedby'].flatMap((name) =>
            (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean),
          ),
        )
        .filter((id) => document.getElementById(id) === null);
      return { all, unresolved: references };
    });
    expect(serverIds.length).toBeGreaterThan(10);
    expect(ids.all).toEqual(serverIds);
    expect(new Set(ids.all).size).toBe(ids.all.length);
    expect(ids.unresolved).toEqual([]);

    // A tooltip on the first hover: one pointer move onto the badge, then the pointer rests
    // there. Moving away closes it. Then one on keyboard focus (the catalog's text for a code
    // chip), which Escape closes.
    const badge = page.getByTestId('badge-with-tooltip');
    const box = await badge.boundingBox();
    if (!box) throw new Error('the badge has no box');
    await page.mouse.move(box.x + 4, box.y + 4, { steps: 1 });
    await page.getByRole('tooltip').waitFor({ state: 'attached', timeout: 3_000 });
    expect(await page.getByRole('tooltip').textContent()).toBe('The device could not be trusted');
    await page.mouse.move(box.x + box.width + 200, box.y + 200, { steps: 1 });
    await page.getByRole('tooltip').waitFor({ state: 'detached', timeout: 3_000 });
    const list = page.getByTestId('long-list');
    await list.getByRole('button', { name: 'Reason code ACME_1' }).focus();
    expect(await page.getByRole('tooltip').textContent()).toBe('Acme velocity rule Too many attempts in an hour.');
    await page.keyboard.press('Escape');
    await page.getByRole('tooltip').waitFor({ state: 'detached', timeout: 3_000 });

    // Expand the list past its first ten reasons.
    expect(await list.getByRole('listitem').count()).toBe(10);
    const more = page.getByRole('button', { name: 'Show 5 more' });
    await more.click();
    expect(await list.getByRole('listitem').count()).toBe(15);
    expect(await page.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');

    // Sort the table by check name, then filter it to failed checks.
    const table = page.getByTestId('checks');
    const rowHeaders = () => table.getByRole('rowheader').allTextContents();
    expect(await rowHeaders()).toEqual([
      'Authentication result',
      'Device signals',
      'Address check',
      'Liveness',
      'Document check',
    ]);
    await table.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await table.getByRole('columnheader', { name: 'Check', exact: true }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(await rowHeaders()).toEqual([
      'Address check',
      'Authentication result',
      'Device signals',
      'Document check',
      'Liveness',
    ]);
    await table.getByRole('button', { name: /^Failed/ }).click();
    expect(await rowHeaders()).toEqual(['Authentication result', 'Device signals']);

    expect(await report()).toEqual(CLEAN);
  }, 90_000);

  it('renders 10,000 reasons collapsed, the first 1,000 when expanded, and collapses again', async () => {
    const { page, report } = await open('ten-thousand-reasons');
    const items = page.getByTestId('ten-thousand').getByRole('listitem');
    expect(await items.count()).toBe(10);
    await page.getByRole('button', { name: 'Show 9,990 more' }).click();
    // An expanded list stops at 1,000 entries and counts the rest.
    await page.waitForFunction((count) => document.querySelectorAll('li').length === count, 1000);
    expect(await items.count()).toBe(1000);
    expect(await page.getByText(`${(TEN_THOUSAND - 1000).toLocaleString('en')} more reasons not shown`).count()).toBe(
      1,
    );
    await page.getByRole('button', { name: 'Show fewer' }).click();
    expect(await items.count()).toBe(10);
    expect(await report()).toEqual(CLEAN);
  }, 90_000);

  it('wraps 50,000 characters without a break inside its container', async () => {
    const { page, report } = await open('unbroken-text');
    const containers = ['wrap-reasons', 'wrap-card', 'wrap-table', 'wrap-badge', 'wrap-session'];
    for (const testId of containers) {
      const box = await page.getByTestId(testId).evaluate((container) => {
        const outer = container.getBoundingClientRect();
        let widest = 0;
        let longestText = 0;
        let tallest = 0;
        for (const element of container.querySelectorAll('*')) {
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          // A table scrolls in its own focusable group: the group must fit, its content may scroll.
          const scroller = element.parentElement?.closest('[role="group"][tabindex="0"]');
          const scrolled = scroller !== null && scroller !== undefined && container.contains(scroller);
          if (!scrolled) widest = Math.max(widest, rect.right - outer.left, outer.right - rect.left);
          const ownText = [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent ?? '')
            .join('');
          if (ownText.length >= 50_000) {
            longestText = Math.max(longestText, ownText.length);
            tallest = Math.max(tallest, rect.height);
          }
        }
        return {
          width: outer.width,
          widest,
          longestText,
          tallest,
          overflow: container.scrollWidth - container.clientWidth,
        };
      });
      expect(box.width, testId).toBe(testId === 'wrap-table' ? 480 : 320);
      expect(box.longestText, testId).toBe(50_000);
      expect(box.widest, testId).toBeLessThanOrEqual(box.width + 0.5);
      expect(box.overflow, testId).toBeLessThanOrEqual(0);
      // Wrapped, not clipped: 50,000 letters in 320px need hundreds of lines. A table keeps each
      // column at least one word wide (no word is split to squeeze a column) and scrolls that
      // word in its own group instead, which the width checks above cover.
      if (testId !== 'wrap-table') expect(box.tallest, testId).toBeGreaterThan(1000);
    }
    expect(await report()).toEqual(CLEAN);
  }, 90_000);

  it(`windows, filters, sorts and shows in full a ${TABLE_ROWS.toLocaleString('en')}-row table`, async () => {
    const { page, report } = await open('five-thousand-rows');
    const rows = page.locator('tbody tr[aria-rowindex]');
    const table = page.locator('table');
    const rowHeaders = (count: number) =>
      page.evaluate(
        (n) => [...document.querySelectorAll('tbody th[scope="row"]')].slice(0, n).map((cell) => cell.textContent),
        count,
      );
    // Only the rows in view of the viewport (and a few past its edges) are mounted, and they fill it.
    expect(await table.getAttribute('aria-rowcount')).toBe(String(TABLE_ROWS + 1));
    expect(await rows.count()).toBeLessThan(30);
    expect(await uncoveredPixels(page)).toBe(0);

    // Scrolling mounts the rows in view; the header stays in view above them.
    const viewport = page.getByRole('group', { name: 'Decision checks' });
    await viewport.evaluate((element) => {
      element.scrollTop = element.scrollHeight / 2;
      element.dispatchEvent(new Event('scroll'));
    });
    await page.waitForFunction(() => document.querySelector('tr[aria-rowindex="2"]') === null);
    const middle = await rows.first().getAttribute('aria-rowindex');
    expect(Number(middle)).toBeGreaterThan(1000);
    const header = await page.locator('thead th').first().boundingBox();
    const port = await viewport.boundingBox();
    expect(Math.abs((header?.y ?? 0) - (port?.y ?? 0))).toBeLessThan(2);

    // Keyboard: End focuses and mounts the last row, Home the first.
    await rows.first().focus();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe(
      String(TABLE_ROWS + 1),
    );
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe('2');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe('3');
    // Page Down moves focus by the rows the viewport shows, less one, to a row still in view.
    await page.keyboard.press('PageDown');
    const paged = await page.evaluate(() => {
      const row = document.activeElement!;
      const port = row.closest('.dblk-checks__viewport')!.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      return {
        moved: Number(row.getAttribute('aria-rowindex')) - 3,
        rowsInView: Math.floor(port.height / box.height),
        inView: box.top >= port.top && box.bottom <= port.bottom + 1,
      };
    });
    expect(paged.rowsInView).toBeGreaterThan(4);
    expect(paged.moved).toBeGreaterThanOrEqual(paged.rowsInView - 2);
    expect(paged.moved).toBeLessThan(paged.rowsInView);
    expect(paged.inView).toBe(true);

    // CSS locators: role queries would compute accessible names for some 30,000 elements.
    const filterButton = (tone: string) =>
      page.locator(
        `.dblk-checks__filter button[aria-pressed]${tone === 'all' ? ':not([data-tone])' : `[data-tone="${tone}"]`}`,
      );
    const sortButton = (column: number) => page.locator(`thead th:nth-child(${column}) button`);
    await filterButton('critical').click();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(TABLE_ROWS / 5 + 1));
    expect(await page.locator('tbody tr[aria-rowindex]:not([data-tone="critical"])').count()).toBe(0);
    expect(await filterButton('critical').getAttribute('aria-pressed')).toBe('true');
    await filterButton('all').click();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(TABLE_ROWS + 1));

    await sortButton(1).click();
    expect(await rowHeaders(3)).toEqual(['Signal 0', 'Signal 1', 'Signal 2']);

    expect(await sortButton(3).textContent()).toBe('Score');
    await sortButton(3).click();
    await page.getByRole('button', { name: `Show all ${TABLE_ROWS.toLocaleString('en')} rows` }).click();
    expect(await page.locator('tbody tr').count()).toBe(TABLE_ROWS);
    expect(await table.getAttribute('aria-rowcount')).toBeNull();
    const scores = await page.evaluate(() =>
      [...document.querySelectorAll('tbody .dblk-checks__score')].map((cell) => Number.parseFloat(cell.textContent!)),
    );
    expect(scores).toHaveLength(TABLE_ROWS);
    expect(scores[0]).toBe(0);
    expect(scores.at(-1)).toBe(100);
    expect(scores.every((score, index) => index === 0 || scores[index - 1]! <= score)).toBe(true);

    expect(await report()).toEqual(CLEAN);
  }, 90_000);

  it('fills a viewport taller than the first rows, and one that grows, with rows', async () => {
    const { page, report } = await open('tall-table');
    const rows = page.locator('tbody tr[aria-rowindex]');
    // 150rem of viewport: more rows than are mounted before it is measured, none of it blank.
    expect(await rows.count()).toBeGreaterThan(24);
    expect(await uncoveredPixels(page)).toBe(0);
    const before = await rows.count();

    // The viewport grows without a scroll: rows are mounted into the new space.
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('.host-tall')!.style.setProperty('--dblk-checks-max-height', '300rem'),
    );
    await page.waitForFunction((count) => document.querySelectorAll('tbody tr[aria-rowindex]').length > count, before);
    expect(await uncoveredPixels(page)).toBe(0);
    expect(await report()).toEqual(CLEAN);
  }, 90_000);

  it('draws tone icons and meter bars without SVG, as glyphs in forced-colors mode', async () => {
    const { page, report } = await open('every-component');
    expect(await page.locator('#root svg, #root img').count()).toBe(0);
    // On screen, the icon is gradients in the badge's own background: no glyph, no box of its own.
    const onScreen = await page.evaluate(() => {
      const badge = document.querySelector('.dblk-badge[data-tone="critical"]')!;
      return { image: getComputedStyle(badge).backgroundImage, content: getComputedStyle(badge, '::before').content };
    });
    expect(onScreen.image).toMatch(/^linear-gradient\(.*radial-gradient\(/);
    expect(onScreen.content).not.toMatch(/✕/);
    await page.emulateMedia({ forcedColors: 'active' });
    const drawn = await page.evaluate(() => {
      const badge = document.querySelector('.dblk-badge[data-tone="critical"]')!;
      const icon = getComputedStyle(badge, '::before');
      const bar = getComputedStyle(document.querySelector('[role="meter"] [data-fill]')!);
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        content: icon.content,
        iconPadding: icon.paddingInlineStart,
        iconBorder: `${icon.borderTopStyle} ${icon.borderTopWidth} ${icon.borderTopColor}`,
        iconColor: icon.color,
        canvas: getComputedStyle(document.body).backgroundColor,
        barImage: bar.backgroundImage,
        barAdjust: bar.getPropertyValue('forced-color-adjust'),
        barHeight: bar.height,
      };
    });
    expect(drawn.forced).toBe(true);
    expect(drawn.content).toMatch(/✕/);
    // An inline glyph with its drawn ring: padding and a solid border around the character.
    expect(parseFloat(drawn.iconPadding)).toBeGreaterThan(0);
    expect(drawn.iconBorder).toMatch(/^solid /);
    expect(drawn.iconColor).not.toBe(drawn.canvas);
    expect(drawn.barAdjust).toBe('none');
    expect(drawn.barImage).toMatch(/linear-gradient/);
    expect(parseFloat(drawn.barHeight)).toBeGreaterThan(3);
    expect(await report()).toEqual(CLEAN);
  }, 60_000);
});
