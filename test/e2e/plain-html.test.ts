// @vitest-environment node
// Opens examples/plain-html (custom elements only, loaded from the standalone bundle that
// `npm run build` writes) under a strict CSP in Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { newPage, screenshotDir, serveStatic, type ConsoleLog, type StaticServer } from './server';

const root = resolve(import.meta.dirname, '../..');
const TAGS = [
  'decision-badge',
  'score-meter',
  'reason-list',
  'data-block-card',
  'data-checks-table',
  'session-decision',
];
const BRAND_CRITICAL = 'rgb(194, 24, 91)';
const BRAND_CRITICAL_DARK = 'rgb(255, 138, 184)';
const GREEN = 'rgb(0, 255, 0)';

// A page stylesheet that would wreck the components if it could reach them. It is served from
// the same origin, so the strict CSP lets it in.
const hostileCss = `
span, li, ul, td, th, table, svg, [data-tone], [class^='dblk-'], .dblk-badge, .dblk-badge__label {
  display: none !important;
  color: ${GREEN} !important;
  background: ${GREEN} !important;
  font-size: 40px !important;
}`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const bundle = join(root, 'dist/standalone/decision-blocks-elements.js');
  if (!existsSync(bundle)) throw new Error('dist/standalone is missing: run `npm run build` first');
  server = await serveStatic(root, { '/__hostile.css': hostileCss });
  browser = await launchChromium();
  mkdirSync(screenshotDir, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const computed = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

/** The badge inside <decision-badge id="outcome">'s shadow root (Playwright locators pierce open shadow roots). */
const outcomeBadge = (page: Page) => page.locator('#outcome [data-tone]');

async function openExample(
  browserToUse: Browser,
): Promise<{ page: Page; log: ConsoleLog; close: () => Promise<void> }> {
  const { context, page, log } = await newPage(browserToUse);
  await page.goto(`${server.url}/examples/plain-html/`);
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every(
          (element) => (element.shadowRoot?.querySelector('.dblk-element-mount')?.childElementCount ?? 0) > 0,
        ),
      ),
    TAGS,
  );
  return { page, log, close: () => context.close() };
}

describe('plain HTML example with the custom elements', () => {
  it('defines all six elements from one module script and renders each inside its shadow root', async () => {
    const { page, log, close } = await openExample(browser);
    const report = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const elements = [...document.querySelectorAll(tag)];
          return {
            tag,
            defined: customElements.get(tag) !== undefined,
            count: elements.length,
            open: elements.every((element) => element.shadowRoot?.mode === 'open'),
            lightDomEmpty: elements.every((element) => element.childNodes.length === 0),
            sheets: elements.map((element) => element.shadowRoot?.adoptedStyleSheets.length),
            styleElements: elements.filter((element) => element.shadowRoot?.querySelector('style, link')).length,
          };
        }),
      TAGS,
    );
    for (const entry of report) {
      expect(entry.defined, entry.tag).toBe(true);
      expect(entry.count, entry.tag).toBeGreaterThan(0);
      expect(entry.open, entry.tag).toBe(true);
      expect(entry.lightDomEmpty, entry.tag).toBe(true);
      expect(
        entry.sheets.every((count) => count === 1),
        entry.tag,
      ).toBe(true);
      expect(entry.styleElements, entry.tag).toBe(0);
    }
    expect(await page.locator('script').count()).toBe(2);

    const session = page.locator('session-decision');
    expect(await session.getByRole('heading', { name: 'Decision' }).isVisible()).toBe(true);
    expect(await session.getByText('2 of 2 checks raised issues').isVisible()).toBe(true);
    expect(await session.getByText('RC004').isVisible()).toBe(true);
    expect(await page.locator('score-meter[locale="de"]').getByRole('meter').getAttribute('aria-valuetext')).toBe(
      '71,6\u00a0%',
    );
    expect(await page.locator('data-checks-table').getByRole('rowheader').allInnerTexts()).toEqual([
      'MRZ checksum',
      'Document expiry within configured limit',
      'OK',
    ]);

    await page.screenshot({ path: join(screenshotDir, 'plain-html-light.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);

  it('shows the empty state for malformed JSON, with one console warning and no error', async () => {
    const { page, log, close } = await openExample(browser);
    expect(await page.locator('#broken-reasons').getByText('No reasons given').isVisible()).toBe(true);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('<reason-list>: the "reasons" attribute is not valid JSON');
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);

  it('re-renders when the page changes an attribute', async () => {
    const { page, log, close } = await openExample(browser);
    expect(await outcomeBadge(page).getAttribute('data-tone')).toBe('critical');
    await page.getByLabel('Override for this demo').selectOption('approved');
    await page.locator('#outcome').getByText('Approved').waitFor();
    expect(await outcomeBadge(page).getAttribute('data-tone')).toBe('positive');
    await page.getByLabel('Override for this demo').selectOption('');
    await page.locator('#outcome').getByText('No verdict').waitFor();

    await page.locator('#device-score').evaluate((element) => element.setAttribute('score', '91.5'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('#device-score')
          ?.shadowRoot?.querySelector('[role="meter"]')
          ?.getAttribute('aria-valuenow') === '91.5',
    );
    await page.locator('#device-card').evaluate((element) => element.setAttribute('verdict', 'approved'));
    await page.locator('#device-card').getByText('Approved').waitFor();
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);

  it('re-renders when the page sets a property', async () => {
    const { page, log, close } = await openExample(browser);
    const reasons = page.locator('#device-reasons');
    expect(await reasons.getByRole('listitem').count()).toBe(2);
    await reasons.evaluate((element) => {
      (element as HTMLElement & { reasons: unknown }).reasons = [
        { code: 'RC004' },
        { code: 'RE011' },
        { code: 'MRZ_CHECKSUM', details: 'Checksum digit 7 is wrong' },
      ];
    });
    await reasons.getByText('Checksum digit 7 is wrong').waitFor();
    expect(await reasons.getByRole('listitem').count()).toBe(3);
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);

  it('keeps its own styles when the page adds CSS aimed at its insides', async () => {
    const { page, log, close } = await openExample(browser);
    await page.addStyleTag({ url: '/__hostile.css' });
    // The page's own span is hit, which shows the stylesheet applies.
    expect(await computed(page.locator('.bar__title'), 'display')).toBe('none');
    const badge = outcomeBadge(page);
    expect(await computed(badge, 'display')).toBe('inline-block');
    expect(await computed(badge, 'color')).toBe(BRAND_CRITICAL);
    expect(await computed(badge, 'background-color')).not.toBe(GREEN);
    expect((await badge.boundingBox())?.width).toBeGreaterThan(20);
    expect(await computed(page.locator('data-checks-table table'), 'display')).toBe('table');
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);

  it('takes the colours of --dblk-* tokens set on the page, and follows their changes', async () => {
    const { page, close } = await openExample(browser);
    const badge = outcomeBadge(page);
    expect(await computed(badge, 'color')).toBe(BRAND_CRITICAL);
    await page.locator('.console').evaluate((element) => {
      (element as HTMLElement).style.setProperty('--dblk-color-critical', 'rgb(0, 90, 200)');
    });
    expect(await computed(badge, 'color')).toBe('rgb(0, 90, 200)');
    await close();
  }, 60_000);

  it('switches to dark colours with the page color-scheme', async () => {
    const { page, log, close } = await openExample(browser);
    const badge = outcomeBadge(page);
    const surface = page.locator('session-decision table');
    const light = { badge: await computed(badge, 'color'), surface: await computed(surface, 'color') };
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await computed(badge, 'color')).toBe(BRAND_CRITICAL_DARK);
    expect(await computed(surface, 'color')).not.toBe(light.surface);
    expect(light.badge).toBe(BRAND_CRITICAL);
    await page.screenshot({ path: join(screenshotDir, 'plain-html-dark.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);

  it('switches one element to dark colours with data-dblk-theme on the element itself', async () => {
    const { page, close } = await openExample(browser);
    await page.locator('#outcome').evaluate((element) => element.setAttribute('data-dblk-theme', 'dark'));
    expect(await computed(outcomeBadge(page), 'color')).toBe(BRAND_CRITICAL_DARK);
    expect(await computed(page.locator('#device-card .dblk-badge'), 'color')).toBe(BRAND_CRITICAL);
    await close();
  }, 60_000);

  it('opens a styled tooltip inside the shadow root', async () => {
    const { page, log, close } = await openExample(browser);
    const table = page.locator('data-checks-table');
    // Keyboard focus opens the tooltip at once (hover waits for the pointer delay).
    await table.getByRole('button', { name: /MRZ_CHECKSUM/ }).focus();
    const tooltip = table.locator('.dblk-tooltip');
    await tooltip.waitFor();
    const inShadow = await table.evaluate((element) => element.shadowRoot?.querySelector('.dblk-tooltip') !== null);
    expect(inShadow).toBe(true);
    expect(await computed(tooltip, 'border-top-style')).toBe('solid');
    expect(await tooltip.innerText()).toContain('MRZ');
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);
});
