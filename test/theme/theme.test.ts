import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectors, stripComments, themeDir, themeFiles, topLevel } from './css';

const files = themeFiles();

describe('theme CSS files', () => {
  it('exist for the tokens and the badge', () => {
    expect(files.map((file) => file.name)).toEqual(expect.arrayContaining(['tokens.css', 'badge.css']));
  });

  // Besides the layer, only the registrations of private colour tokens (global by nature) and,
  // in the entry file, the imports may stand at the top level.
  it.each(files.map((file) => [file.name, file.css]))('%s has no rule outside @layer decision-blocks', (_name, css) => {
    const blocks = topLevel(stripComments(css)).filter((block) => block.prelude !== '' || block.body !== '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.prelude).toMatch(/^(@layer decision-blocks|@property --_dblk-[a-z-]+|@import '\.\/[a-z]+\.css')$/);
    }
  });

  it('imports every component file from the entry, after the tokens', () => {
    const entry = files.find((file) => file.name === 'index.css')?.css ?? '';
    const imported = [...entry.matchAll(/@import '\.\/([a-z]+\.css)'/g)].map((match) => match[1]);
    expect(imported[0]).toBe('tokens.css');
    expect([...imported].sort()).toEqual(
      files
        .map((file) => file.name)
        .filter((name) => name !== 'index.css')
        .sort(),
    );
  });

  it.each(files.map((file) => [file.name, file.css]))(
    '%s uses only :where() selectors, never bare elements',
    (_name, css) => {
      const found = selectors(stripComments(css));
      for (const list of found) {
        expect(list, list).toMatch(/^:where\(/);
        expect(list, list).not.toMatch(/(^|[\s,>+~])(html|body|:root)\b/);
        // Outside :where(...) nothing may add specificity.
        // A trailing ::before or ::after only competes with host rules for that same pseudo-element.
        const outside = list
          .replace(/:where\((?:[^()]|\([^()]*\))*\)/g, '')
          .replace(/::(before|after)$/, '')
          .trim();
        expect(outside, list).toBe('');
      }
    },
  );

  // Chromium looks up each named family in turn until one is installed, a font-service round trip
  // for each miss on a page's first text in that font: a stack stays short.
  it.each(files.map((file) => [file.name, file.css]))(
    '%s names at most three font families before the generic one',
    (_name, css) => {
      for (const [, stack] of stripComments(css).matchAll(/(?:^|[\s;{])font-family:\s*([^;}]+)/g)) {
        const families = (stack as string).split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
        if (families.length === 1 && families[0]?.startsWith('var(')) continue;
        const named = families.filter((family) => !/^(serif|sans-serif|monospace|system-ui|inherit)$/.test(family));
        expect(families.at(-1), stack).toMatch(/^(serif|sans-serif|monospace)$/);
        expect(named.length, stack).toBeLessThanOrEqual(3);
      }
    },
  );

  it.each(files.map((file) => [file.name, file.css]))('%s uses logical properties only', (_name, css) => {
    const physical =
      /(^|[\s;{])(margin|padding|border)-(left|right|top|bottom)\b|(^|[\s;{])(left|right|top|bottom|width|height|min-width|max-width|min-height|max-height)\s*:|text-align\s*:\s*(left|right)|float\s*:/;
    expect(stripComments(css)).not.toMatch(physical);
  });

  it.each(files.map((file) => [file.name, file.css]))(
    '%s animates only under prefers-reduced-motion: no-preference',
    (_name, css) => {
      const clean = stripComments(css);
      const layerBody = topLevel(clean)
        .map((block) => block.body)
        .join('\n');
      for (const block of topLevel(layerBody)) {
        if (
          block.prelude.startsWith('@media (prefers-reduced-motion: no-preference)') ||
          block.prelude.startsWith('@keyframes')
        )
          continue;
        expect(block.body, block.prelude).not.toMatch(/\b(animation|transition)\s*:/);
      }
    },
  );

  it('reads every public token', () => {
    const tokens = readFileSync(join(themeDir, 'tokens.css'), 'utf8');
    const publicTokens = [
      '--dblk-font-family',
      '--dblk-font-size',
      '--dblk-radius',
      '--dblk-gap',
      '--dblk-color-text',
      '--dblk-color-text-muted',
      '--dblk-color-surface',
      '--dblk-color-border',
      '--dblk-color-focus',
      '--dblk-color-positive',
      '--dblk-color-caution',
      '--dblk-color-critical',
      '--dblk-color-neutral',
      '--dblk-color-unknown',
    ];
    for (const token of publicTokens) expect(tokens, token).toContain(`var(${token},`);
  });

  it('never declares a public token, so host values on any ancestor win', () => {
    for (const { name, css } of files) expect(stripComments(css), name).not.toMatch(/(^|[\s;{])--dblk-[\w-]+\s*:/);
  });
});

type Rgb = readonly [number, number, number];

function hex(value: string): Rgb {
  const digits = value.replace('#', '');
  return [0, 2, 4].map((offset) => parseInt(digits.slice(offset, offset + 2), 16)) as unknown as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** color-mix(in srgb, a p%, b): a straight mix of the encoded channels. */
function mix(a: Rgb, share: number, b: Rgb): Rgb {
  return a.map((channel, i) => channel * share + (b[i] ?? 0) * (1 - share)) as unknown as Rgb;
}

function palette(scheme: 0 | 1): Record<string, Rgb> {
  const tokens = stripComments(readFileSync(join(themeDir, 'tokens.css'), 'utf8'));
  const colours: Record<string, Rgb> = {};
  for (const match of tokens.matchAll(
    /--_dblk-([\w-]+):\s*var\(--dblk-[\w-]+,\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)\)/gi,
  )) {
    colours[match[1] as string] = hex(match[scheme + 2] as string);
  }
  return colours;
}

describe.each([
  ['light', 0],
  ['dark', 1],
] as const)('default colours in %s mode', (_scheme, index) => {
  const colours = palette(index);
  const surface = colours.surface as Rgb;
  const tones = ['positive', 'caution', 'critical', 'neutral', 'unknown'];

  it('define every colour token', () => {
    expect(Object.keys(colours)).toEqual(
      expect.arrayContaining(['text', 'text-muted', 'surface', 'border', 'focus', ...tones]),
    );
  });

  it('meet AA (4.5:1) for text and muted text on the surface', () => {
    expect(contrast(colours.text as Rgb, surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours['text-muted'] as Rgb, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(tones)('meet AA for %s text on the surface, on its subtle fill and as a solid fill', (tone) => {
    const base = colours[tone] as Rgb;
    expect(contrast(base, surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(base, mix(base, 0.1, surface))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours['text-muted'] as Rgb, mix(base, 0.1, surface))).toBeGreaterThanOrEqual(4.5);
  });

  it('has a focus ring of at least 3:1 against the surface', () => {
    expect(contrast(colours.focus as Rgb, surface)).toBeGreaterThanOrEqual(3);
  });
});

describe('registered colour tokens', () => {
  const tokens = stripComments(readFileSync(join(themeDir, 'tokens.css'), 'utf8'));
  const registered = new Map(
    [
      ...tokens.matchAll(
        /@property --_dblk-([\w-]+)\s*\{\s*syntax:\s*'<color>';\s*inherits:\s*true;\s*initial-value:\s*(#[0-9a-f]{6});\s*\}/gi,
      ),
    ].map((match) => [match[1] as string, hex(match[2] as string)]),
  );
  const light = palette(0);

  // A host pipeline that lowers light-dark() leaves the value invalid where it saw no
  // color-scheme; a registered <color> then falls back to its initial value, the light colour.
  it('registers every colour token as an inherited <color> whose initial value is its light colour', () => {
    expect([...registered.keys()].sort()).toEqual(Object.keys(light).sort());
    for (const [name, initial] of registered) expect(initial, name).toEqual(light[name]);
  });
});
