// @vitest-environment node
// Builds examples/admin-console with its own Vite config, serves the build under a strict CSP
// and drives it in Chromium.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { newPage, screenshotDir, serveStatic, type StaticServer } from './server';

const root = resolve(import.meta.dirname, '../..');
const example = join(root, 'examples/admin-console');
const sessions = JSON.parse(readFileSync(join(example, 'fixtures/sessions.json'), 'utf8')) as {
  id: string;
  decisionOutcome?: string | null;
}[];

// The library's default critical colour, and the one the console's brand sets (light and dark).
const DEFAULT_CRITICAL = 'rgb(179, 38, 30)';
const BRAND_CRITICAL = 'rgb(194, 24, 91)';
const BRAND_CRITICAL_DARK = 'rgb(255, 138, 184)';

let outDir = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'dblk-admin-console-'));
  await build({
    configFile: join(example, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveStatic(outDir);
  browser = await launchChromium();
  mkdirSync(screenshotDir, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const computed = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

async function openSession(page: Page, id: string) {
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: id }).click();
  await page.getByRole('heading', { level: 1, name: `Session ${id}` }).waitFor();
}

describe('admin console example', () => {
  it('lists every session from the fixtures with its outcome, without console errors', async () => {
    const { context, page, log } = await newPage(browser);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Verification sessions' }).waitFor();
    const rows = page.locator('table.sessions tbody tr');
    expect(await rows.count()).toBe(sessions.length);
    for (const session of sessions) {
      const row = rows.filter({ has: page.getByRole('link', { name: session.id, exact: true }) });
      const expected = session.decisionOutcome
        ? session.decisionOutcome.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())
        : 'No decision yet';
      expect(await row.locator('[data-tone]').innerText(), session.id).toContain(expected);
    }
    await page.screenshot({ path: join(screenshotDir, 'admin-console-list.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the rejected session with its outcome, summary and every reason', async () => {
    const { context, page, log } = await newPage(browser);
    await openSession(page, 'ses_7Hq2Lm');
    const decision = page.getByRole('region', { name: 'Decision' });
    // The badge is its text in one element: its icon is drawn in its background, and its name
    // reads the tone word first.
    const outcome = decision.getByRole('img', { name: 'Failed, Rejected' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toBe('Rejected');
    expect(await outcome.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('none');
    expect(await outcome.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(/gradient\(/);
    expect(await decision.getByText('2 of 3 checks raised issues').isVisible()).toBe(true);
    const table = decision.getByRole('table');
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([
      'Authentication result',
      'Device signals',
      'Data checks',
    ]);

    const device = page.getByRole('region', { name: 'Device signals' });
    for (const text of [
      'RC004',
      'RE011',
      'The country associated to the ip address does not match with the country of the phone number',
      'This email address is present in much more data breach than usual, indicating a shared email',
    ]) {
      expect(await device.getByText(text, { exact: true }).isVisible(), text).toBe(true);
    }
    const authentication = page.getByRole('region', { name: 'Authentication result' });
    expect(await authentication.getByText('SERVER_FACE_DOES_NOT_MATCH').isVisible()).toBe(true);
    expect(await authentication.getByRole('meter').count()).toBe(0);
    expect(await device.getByRole('meter').getAttribute('aria-valuetext')).toBe('28.3%');

    const fraudChecks = page.getByRole('table', { name: 'Labels reported by the data checks' });
    expect(await fraudChecks.getByRole('rowheader').allInnerTexts()).toEqual(['OK']);

    await page.screenshot({ path: join(screenshotDir, 'admin-console-rejected.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('renders sessions with partial data: no outcome, no blocks, odd values', async () => {
    const { context, page, log } = await newPage(browser);
    await openSession(page, 'ses_9Tz4Qa');
    const decision = page.getByRole('region', { name: 'Decision' });
    expect(await decision.getByText('No decision yet').isVisible()).toBe(true);
    expect(
      await page.getByRole('region', { name: 'Device signals' }).getByRole('meter').getAttribute('aria-valuenow'),
    ).toBe('0');

    await page.getByRole('link', { name: '← All sessions' }).click();
    await openSession(page, 'ses_6Jr0Yv');
    expect(await page.getByText('No checks were reported').isVisible()).toBe(true);
    expect(await page.getByText('No check has reported details for this session yet.').isVisible()).toBe(true);

    await page.goto(`${server.url}/#/sessions/ses_5Kd1Wr`);
    const address = page.getByRole('region', { name: 'Address check' });
    await address.waitFor();
    expect(await address.getByText('Escalated').isVisible()).toBe(true);
    expect(await address.getByText('Street found, house number missing').isVisible()).toBe(true);
    expect(
      await page.getByRole('region', { name: 'Data checks' }).getByRole('meter').getAttribute('aria-valuenow'),
    ).toBe('71.6');
    expect(await page.getByText('Decision data unavailable').count()).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('switches the badges to dark colours with the dark-mode toggle', async () => {
    const { context, page, log } = await newPage(browser);
    await openSession(page, 'ses_7Hq2Lm');
    const badge = page.getByRole('region', { name: 'Device signals' }).locator('[data-tone="critical"]', {
      hasText: 'Not trusted',
    });
    const light = { color: await computed(badge, 'color'), background: await computed(badge, 'background-color') };

    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = { color: await computed(badge, 'color'), background: await computed(badge, 'background-color') };
    expect(light.color).toBe(BRAND_CRITICAL);
    expect(dark.color).toBe(BRAND_CRITICAL_DARK);
    expect(dark.background).not.toBe(light.background);
    await page.screenshot({ path: join(screenshotDir, 'admin-console-rejected-dark.png'), fullPage: true });

    await toggle.click();
    expect(await computed(badge, 'color')).toBe(light.color);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('colours critical badges with the brand token, and with the default without it', async () => {
    const { context, page } = await newPage(browser);
    await openSession(page, 'ses_7Hq2Lm');
    const badge = page.getByRole('region', { name: 'Device signals' }).locator('[data-tone="critical"]', {
      hasText: 'Not trusted',
    });
    expect(await computed(badge, 'color')).toBe(BRAND_CRITICAL);
    await page.locator('.console').evaluate((element) => element.classList.remove('brand-acme'));
    expect(await computed(badge, 'color')).toBe(DEFAULT_CRITICAL);
    await context.close();
  }, 60_000);
});
