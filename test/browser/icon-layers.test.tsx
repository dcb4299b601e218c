// @vitest-environment node
import type { Locator, Page } from 'playwright';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DecisionBadge } from '../../src';
import { chromiumWithStylesheet, stylesheetText } from './chromium';

// Every background layer of a badge is painted for each badge on the page, so a badge whose
// direction is known draws its icon once; one whose direction comes from its text draws both copies.

const browser = chromiumWithStylesheet();

/** A painted pixel that differs between two screenshots of one element: its column, its colour in the first, and the summed channel difference. */
interface ChangedPixel {
  x: number;
  rgb: [number, number, number];
  difference: number;
}

/** The badge's pixels that change when its background images (the icon) are dropped. */
async function iconPixels(page: Page, badge: Locator): Promise<{ width: number; changed: ChangedPixel[] }> {
  const withIcon = [...(await badge.screenshot())];
  await badge.evaluate((element) => (element as HTMLElement).style.setProperty('background-image', 'none'));
  const without = [...(await badge.screenshot())];
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (png: number[]) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [one, other] = [await pixels(a!), await pixels(b!)];
      const changed: ChangedPixel[] = [];
      for (let index = 0; index < one.data.length; index += 4) {
        const rgb = [one.data[index]!, one.data[index + 1]!, one.data[index + 2]!] as [number, number, number];
        const difference =
          Math.abs(rgb[0] - other.data[index]!) +
          Math.abs(rgb[1] - other.data[index + 1]!) +
          Math.abs(rgb[2] - other.data[index + 2]!);
        if (difference > 0) changed.push({ x: (index / 4) % one.width, rgb, difference });
      }
      return { width: one.width, changed };
    },
    [withIcon, without],
  );
}

interface Drawn {
  dir: string | null;
  layers: number;
  /** How many pixel columns the icon paints, and whether any of them lie on the left or the right. */
  iconColumns: number;
  inkLeft: boolean;
  inkRight: boolean;
}

/** Each badge's dir, its background layer count, and where its painted icon sits. */
async function drawn(body: string, pageDir: 'ltr' | 'rtl'): Promise<Drawn[]> {
  const page = await browser().newPage();
  try {
    await page.setContent(
      `<!doctype html><html lang="en" dir="${pageDir}"><head><style>${stylesheetText()}</style></head><body>${body}</body></html>`,
    );
    const badges = await page.locator('.dblk-badge').all();
    const result: Drawn[] = [];
    for (const badge of badges) {
      const { dir, layers, width, em } = await badge.evaluate((element) => {
        const image = getComputedStyle(element).backgroundImage;
        let depth = 0;
        let count = 1;
        for (const char of image) {
          if (char === '(') depth += 1;
          else if (char === ')') depth -= 1;
          else if (char === ',' && depth === 0) count += 1;
        }
        return {
          dir: element.getAttribute('dir'),
          layers: count,
          width: element.getBoundingClientRect().width,
          em: Number.parseFloat(getComputedStyle(element).fontSize),
        };
      });
      // Where the icon is: the columns that change when the badge's background images are dropped,
      // past anti-aliasing noise and inside the border (1 px, rounded corners).
      const { width: shot, changed } = await iconPixels(page, badge);
      const columns = [
        ...new Set(changed.filter(({ x, difference }) => difference > 60 && x > 2 && x < shot - 3).map(({ x }) => x)),
      ];
      // The icon is 1em wide, in the 1.9em of inline-start padding (screenshots are at 1 px per CSS px).
      result.push({
        dir,
        layers,
        iconColumns: columns.length,
        inkLeft: columns.some((x) => x < 1.9 * em),
        inkRight: columns.some((x) => x > width - 1.9 * em),
      });
    }
    return result;
  } finally {
    await page.close();
  }
}

const markup = () =>
  [
    <DecisionBadge key="latin" verdict="approved" label="Verified" />,
    <DecisionBadge key="arabic" verdict="approved" label="تم التحقق" />,
    <DecisionBadge key="hebrew" verdict="approved" label="אומת" />,
  ]
    .map((badge) => `<p>${renderToString(badge)}</p>`)
    .join('');

describe('tone icon layers in Chromium', () => {
  it.each(['ltr', 'rtl'] as const)(
    'paints one icon for a Latin badge and both copies for text whose direction the browser finds, on a %s page',
    async (pageDir) => {
      const [latin, arabic, hebrew] = await drawn(markup(), pageDir);
      // A check mark: two strokes and the ring.
      expect(latin).toMatchObject({ dir: 'ltr', layers: 3 });
      expect(arabic).toMatchObject({ dir: 'auto', layers: 6 });
      expect(hebrew).toMatchObject({ dir: 'auto', layers: 6 });
      // The icon shows at the text's start, the left for Latin text and the right for Arabic and
      // Hebrew; the other copy, if any, is not painted.
      for (const badge of [latin, arabic, hebrew]) expect(badge!.iconColumns).toBeGreaterThan(5);
      expect(latin).toMatchObject({ inkLeft: true, inkRight: false });
      expect(arabic).toMatchObject({ inkLeft: false, inkRight: true });
      expect(hebrew).toMatchObject({ inkLeft: false, inkRight: true });
    },
  );
});

const tones = ['positive', 'caution', 'critical', 'neutral', 'unknown'] as const;
const looks = [
  { name: 'subtle', props: {} },
  { name: 'solid', props: { variant: 'solid' } },
  { name: 'outline', props: { variant: 'outline' } },
] as const;

/** Every tone in every look, then the empty badge, large enough that each stroke has solid pixels. */
const everyBadge = () =>
  [
    ...looks.flatMap((look) =>
      tones.map((tone) =>
        renderToString(<DecisionBadge verdict="approved" tone={tone} label={`${tone} ${look.name}`} {...look.props} />),
      ),
    ),
    renderToString(<DecisionBadge />),
  ]
    .map((badge) => `<p>${badge}</p>`)
    .join('');

describe('tone icon colour and paint reuse in Chromium', () => {
  // Chromium rebuilds a gradient's image for every badge on every paint when a stop depends on the
  // element's colour (`currentColor`) or font (an em length); with neither, badges share it.
  it('draws every icon from stops that depend on neither the colour nor the font', async () => {
    const page = await browser().newPage();
    try {
      await page.setContent(
        `<!doctype html><html lang="en"><head><style>${stylesheetText()}</style></head><body>${everyBadge()}</body></html>`,
      );
      const icons = await page
        .locator('.dblk-badge')
        .evaluateAll((badges) => badges.map((badge) => getComputedStyle(badge).backgroundImage));
      expect(icons).toHaveLength(tones.length * looks.length + 1);
      for (const icon of icons) {
        expect(icon).toMatch(/gradient/);
        expect(icon).not.toMatch(/currentcolor/i);
        // A radial layer's own size may be in em; no stop may be.
        const stops = icon.replace(/circle [\d.]+(em|px)/g, '');
        expect(stops).not.toMatch(/\d(em|ex|ch|rem|lh)\b/);
        expect(stops).not.toMatch(/calc\(/);
      }
    } finally {
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'paints each icon in its badge text colour, in the %s scheme',
    async (scheme) => {
      const page = await browser().newPage();
      try {
        await page.setContent(
          `<!doctype html><html lang="en" style="color-scheme: ${scheme}; --dblk-font-size: 48px"><head><style>${stylesheetText()}</style></head><body>${everyBadge()}</body></html>`,
        );
        const badges = await page.locator('.dblk-badge').all();
        expect(badges).toHaveLength(tones.length * looks.length + 1);
        for (const badge of badges) {
          const text = await badge.evaluate((element) => getComputedStyle(element).color);
          // Only the icon's padding (1.9em, inside the border): the label's own text would match the
          // colour by itself.
          const { changed } = await iconPixels(page, badge);
          const icon = changed.filter(({ x }) => x >= 4 && x <= 48 * 1.9 - 4);
          const [r, g, b] = text.match(/\d+/g)!.map(Number);
          const best = Math.min(
            ...icon.map(({ rgb }) => Math.abs(rgb[0] - r!) + Math.abs(rgb[1] - g!) + Math.abs(rgb[2] - b!)),
          );
          expect(icon.length).toBeGreaterThan(100);
          expect(best).toBeLessThanOrEqual(6);
        }
      } finally {
        await page.close();
      }
    },
    30_000,
  );
});
