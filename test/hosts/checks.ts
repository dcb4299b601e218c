// What every host page must show in Chromium, whatever its build pipeline did to the stylesheet:
// each tone's designed colour, fill and border in light and dark (by attribute, by an ancestor's
// color-scheme and by the OS preference), the box model intact, the host's own utility class
// winning, a tooltip on the first hover, and a console with nothing in it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { expect } from 'vitest';
import { watchConsole, type ConsoleLog } from '../e2e/server';

export const TONES = ['positive', 'caution', 'critical', 'neutral', 'unknown'] as const;
type Tone = (typeof TONES)[number];
type Scheme = 'light' | 'dark';
type Rgb = [number, number, number];

const MODES = ['light', 'attribute-dark', 'scheme-dark', 'auto'] as const;
type Mode = (typeof MODES)[number];

/** The designed palette, read from the light-dark() pairs of the source tokens. */
function readPalette(): Record<Scheme, Record<string, Rgb>> {
  const tokens = readFileSync(resolve(import.meta.dirname, '../../src/theme/tokens.css'), 'utf8');
  const palette: Record<Scheme, Record<string, Rgb>> = { light: {}, dark: {} };
  for (const match of tokens.matchAll(
    /--_dblk-([a-z-]+): var\(--dblk-color-[a-z-]+, light-dark\((#\w{6}), (#\w{6})\)\)/g,
  )) {
    const [, name, light, dark] = match as unknown as [string, string, string, string];
    palette.light[name] = hex(light);
    palette.dark[name] = hex(dark);
  }
  return palette;
}

function hex(value: string): Rgb {
  return [1, 3, 5].map((start) => parseInt(value.slice(start, start + 2), 16)) as Rgb;
}

export const palette = readPalette();

/** Parses a computed colour: `rgb(…)`, `rgba(…)` or `color(srgb …)` (what color-mix() computes to). */
function parseColour(value: string): { rgb: Rgb; alpha: number } {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) {
    const [, r, g, b, a] = srgb;
    return { rgb: [r, g, b].map((channel) => Number(channel) * 255) as Rgb, alpha: a === undefined ? 1 : Number(a) };
  }
  const rgb = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
  if (rgb) {
    const [, r, g, b, a] = rgb;
    return { rgb: [Number(r), Number(g), Number(b)], alpha: a === undefined ? 1 : Number(a) };
  }
  throw new Error(`unexpected computed colour: ${value}`);
}

function mix(tone: Rgb, surface: Rgb, share: number): Rgb {
  return tone.map((channel, index) => channel * share + (surface[index] ?? 0) * (1 - share)) as Rgb;
}

function expectColour(actual: string, expected: Rgb, what: string): void {
  const { rgb, alpha } = parseColour(actual);
  expect(alpha, `${what}: ${actual} is not opaque`).toBe(1);
  for (const [index, channel] of rgb.entries()) {
    expect(
      Math.abs(channel - (expected[index] ?? 0)),
      `${what}: ${actual}, expected rgb(${expected.join(', ')})`,
    ).toBeLessThan(1.5);
  }
}

/** Finds a component by test id: the element itself in React, its inner part in a custom element. */
export type Resolve = (page: Page, testId: string, part: 'badge' | 'meter-fill' | 'code' | 'check-name') => Locator;

export const resolveReact: Resolve = (page, testId, part) => {
  const root = page.getByTestId(testId);
  if (part === 'badge') return root;
  if (part === 'meter-fill') return root.locator('.dblk-meter__fill');
  if (part === 'check-name') return root.getByRole('rowheader', { name: 'Document check' });
  return root.getByRole('button', { name: /RC004/ });
};

export const resolveElements: Resolve = (page, testId, part) => {
  const host = page.getByTestId(testId);
  if (part === 'badge') return host.locator('[data-tone]').first();
  if (part === 'meter-fill') return host.locator('.dblk-meter__fill');
  if (part === 'check-name') return host.getByRole('rowheader', { name: 'Document check' });
  return host.getByRole('button', { name: /RC004/ });
};

const style = (locator: Locator, ...properties: string[]) =>
  locator.evaluate(
    (element, names) => names.map((name) => getComputedStyle(element).getPropertyValue(name)),
    properties,
  );

function schemeOf(mode: Mode, os: Scheme): Scheme {
  if (mode === 'light') return 'light';
  if (mode === 'auto') return os;
  return 'dark';
}

/** Colours, fills, borders and padding of every tone in every mode, with the OS in `os`. */
export async function checkTheme(page: Page, resolveTarget: Resolve, os: Scheme): Promise<void> {
  for (const mode of MODES) {
    const scheme = schemeOf(mode, os);
    const colours = palette[scheme];
    const surface = colours.surface as Rgb;
    for (const tone of TONES) {
      const badge = resolveTarget(page, `${mode}-badge-${tone}`, 'badge');
      const what = `${mode} ${tone} badge (OS ${os})`;
      expect(await badge.getAttribute('data-tone'), what).toBe(tone);
      const [color, background, borderWidth, borderStyle, borderColor, paddingStart, fontSize] = await style(
        badge,
        'color',
        'background-color',
        'border-top-width',
        'border-top-style',
        'border-top-color',
        'padding-inline-start',
        'font-size',
      );
      const base = colours[tone as Tone] as Rgb;
      expectColour(color ?? '', base, `${what} text`);
      expectColour(background ?? '', mix(base, surface, 0.1), `${what} fill`);
      expect(borderWidth, `${what} border width`).toBe('1px');
      // A check that did not run is dashed, like missing data; every verdict is solid.
      expect(borderStyle, `${what} border style`).toBe(tone === 'neutral' ? 'dashed' : 'solid');
      expectColour(borderColor ?? '', mix(base, surface, 0.45), `${what} border`);
      // The inline start holds the tone icon, drawn in the background.
      expect(parseFloat(paddingStart ?? ''), `${what} padding`).toBeCloseTo(parseFloat(fontSize ?? '') * 1.9, 1);
    }
    const [fill] = await style(resolveTarget(page, `${mode}-meter`, 'meter-fill'), 'fill');
    expectColour(fill ?? '', colours.critical as Rgb, `${mode} meter fill (OS ${os})`);
    // RC004 is a critical code in the catalog: its chip takes the critical fill and border.
    const chip = resolveTarget(page, `${mode}-reasons`, 'code');
    const [chipColour, chipBackground, chipBorder, chipBorderColour, chipPadding] = await style(
      chip,
      'color',
      'background-color',
      'border-top-width',
      'border-top-color',
      'padding-inline-start',
    );
    const critical = colours.critical as Rgb;
    expectColour(chipColour ?? '', critical, `${mode} code chip text (OS ${os})`);
    expectColour(chipBackground ?? '', mix(critical, surface, 0.1), `${mode} code chip fill (OS ${os})`);
    expectColour(chipBorderColour ?? '', mix(critical, surface, 0.45), `${mode} code chip border (OS ${os})`);
    expect(chipBorder, `${mode} code chip border`).toBe('1px');
    expect(parseFloat(chipPadding ?? ''), `${mode} code chip padding`).toBeGreaterThan(2);
  }
}

/**
 * The tone icon survives the host's pipeline: gradients in the badge's background, from the
 * per-tone properties, and the wide padding at the inline start of a left-to-right badge and of a
 * right-to-left one. A badge marked `dir="ltr"` paints one copy at its left; one whose direction the
 * browser finds has a copy on each side, and its padding shows one. So does the meter's fill, at
 * the inline start too.
 */
export async function checkIcon(page: Page, resolveTarget: Resolve): Promise<void> {
  const icon = async (target: Locator) => {
    const [image, origin, left, right, fontSize] = await style(
      target,
      'background-image',
      'background-origin',
      'padding-left',
      'padding-right',
      'font-size',
    );
    const em = parseFloat(fontSize ?? '');
    return {
      gradients: (image ?? '').match(/gradient\(/g)?.length ?? 0,
      // One value per layer.
      origin: [...new Set(origin?.split(', '))].join(),
      left: Math.round((parseFloat(left ?? '') / em) * 100) / 100,
      right: Math.round((parseFloat(right ?? '') / em) * 100) / 100,
    };
  };
  // A cross in a ring, once (Latin text, dir="ltr"), its padding at the left.
  expect(await icon(resolveTarget(page, 'light-badge-critical', 'badge')), 'left-to-right badge icon').toEqual({
    gradients: 3,
    origin: 'content-box',
    left: 1.9,
    right: 0.4,
  });
  // A meter's fill is its bar's inline-start padding: at the left, and at the right in right-to-left text.
  const fill = async (testId: string) => {
    const [left, right, width] = await style(
      resolveTarget(page, testId, 'meter-fill'),
      'padding-left',
      'padding-right',
      'width',
    );
    return {
      left: Math.round((parseFloat(left ?? '') / parseFloat(width ?? '')) * 100),
      right: Math.round((parseFloat(right ?? '') / parseFloat(width ?? '')) * 100),
    };
  };
  expect(await fill('light-meter'), 'left-to-right meter fill, % of the bar').toEqual({ left: 30, right: 0 });
  expect(await fill('rtl-meter'), 'right-to-left meter fill, % of the bar').toEqual({ left: 0, right: 30 });
  // The unknown tone's question mark, twice, its padding at the right.
  expect(await icon(resolveTarget(page, 'rtl-badge', 'badge')), 'right-to-left badge icon').toEqual({
    gradients: 10,
    origin: 'content-box',
    left: 0.4,
    right: 1.9,
  });
}

/**
 * A Latin check name in a right-to-left table keeps the table's direction after the host's
 * pipeline: its tone accent at the row's start (the right) and the name aligned to that side, by
 * the `-webkit-match-parent` a pipeline could drop as a duplicate `text-align`.
 */
export async function checkNameDirection(page: Page, resolveTarget: Resolve): Promise<void> {
  const [direction, align, accent, other] = await style(
    resolveTarget(page, 'rtl-table', 'check-name'),
    'direction',
    'text-align',
    'border-right-width',
    'border-left-width',
  );
  expect({ direction, align, accent, other }, 'right-to-left check name').toEqual({
    direction: 'rtl',
    align: 'right',
    accent: '3px',
    other: '0px',
  });
}

/** One pointer move onto a reason code, then stillness: the tooltip opens; moving away closes it. */
export async function checkFirstHover(page: Page, resolveTarget: Resolve): Promise<void> {
  const chip = resolveTarget(page, 'light-reasons', 'code');
  const box = await chip.boundingBox();
  if (!box) throw new Error('the reason code has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 1 });
  const tooltip = page.getByRole('tooltip');
  await tooltip.waitFor({ state: 'attached', timeout: 5_000 });
  expect(await tooltip.textContent()).toContain('IP and phone country differ');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 300, { steps: 1 });
  await tooltip.waitFor({ state: 'detached', timeout: 5_000 });
}

export interface HostCheck {
  url: string;
  resolveTarget: Resolve;
  /** Checks that the host's own class beat the library's rules. */
  utilityWins: (page: Page) => Promise<void>;
}

export async function openHost(
  browser: Browser,
  url: string,
  os: Scheme,
): Promise<{ page: Page; log: ConsoleLog; close: () => Promise<void> }> {
  const context = await browser.newContext({ colorScheme: os, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log = watchConsole(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('utility-badge').waitFor();
  return { page, log, close: () => context.close() };
}

/** Everything above, with the OS light and then dark; the console stays empty throughout. */
export async function checkHost(browser: Browser, host: HostCheck): Promise<void> {
  for (const os of ['light', 'dark'] as const) {
    const { page, log, close } = await openHost(browser, host.url, os);
    try {
      await checkTheme(page, host.resolveTarget, os);
      await checkIcon(page, host.resolveTarget);
      await checkNameDirection(page, host.resolveTarget);
      await host.utilityWins(page);
      if (os === 'light') await checkFirstHover(page, host.resolveTarget);
      expect(log.errors.join('\n'), 'console errors').toBe('');
      expect(log.warnings.join('\n'), 'console warnings').toBe('');
    } finally {
      await close();
    }
  }
}
