// Builds the library's CSS with Lightning CSS: @imports inlined, minified, for explicit browser
// targets. The targets support everything the theme uses (light-dark(), color-mix(), :dir(),
// @property), so what ships is final: nothing is lowered or polyfilled here. Hosts whose own
// pipeline lowers it further still get the designed colours (see tokens.css).
import { fileURLToPath } from 'node:url';
import { bundle, browserslistToTargets } from 'lightningcss';
import browserslist from 'browserslist';

const browserFloors = { chrome: '123', edge: '123', firefox: '120', safari: '17.5', ios_saf: '17.5' } as const;

/** The same floors as a browserslist query (Lightning CSS) and as Vite's `build.cssTarget`. */
export const cssBrowsers = Object.entries(browserFloors).map(([name, version]) => `${name} >= ${version}`);
export const cssTarget = Object.entries(browserFloors).map(
  ([name, version]) => `${name === 'ios_saf' ? 'ios' : name}${version}`,
);

const entries = {
  styles: fileURLToPath(new URL('../src/theme/index.css', import.meta.url)),
  elements: fileURLToPath(new URL('../src/elements/elements.css', import.meta.url)),
} as const;

export type ThemeEntry = keyof typeof entries;

export function buildCss(entry: ThemeEntry): string {
  const { code } = bundle({
    filename: entries[entry],
    minify: true,
    targets: browserslistToTargets(browserslist(cssBrowsers)),
  });
  return code.toString();
}

export const themeModuleId = 'virtual:decision-blocks/element-styles';
const resolvedId = `\0${themeModuleId}`;

/**
 * Serves `virtual:decision-blocks/element-styles` (the built CSS of elements.css as a string)
 * to Vite, Vitest, Storybook and tsdown alike.
 */
export function elementStylesPlugin() {
  return {
    name: 'decision-blocks-element-styles',
    resolveId: (id: string) => (id === themeModuleId ? resolvedId : null),
    load: (id: string) => (id === resolvedId ? `export default ${JSON.stringify(buildCss('elements'))};` : null),
  };
}
