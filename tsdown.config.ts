import { writeFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsdown';
import { buildCss, elementStylesPlugin } from './scripts/theme.ts';

// The library build: one output file per source module, ESM (`.js` + `.d.ts`) and CommonJS
// (`.cjs` + `.d.cts`), dependencies left to the host's bundler, plus dist/styles.css.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'elements/index': 'src/elements/index.ts',
    'vendors/index': 'src/vendors/index.ts',
    'locales/index': 'src/locales/index.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  unbundle: true,
  dts: true,
  clean: true,
  sourcemap: false,
  minify: false,
  fixedExtension: false,
  deps: { neverBundle: [/^react(-dom)?(\/|$)/, /^@radix-ui\//, 'clsx'] },
  plugins: [elementStylesPlugin()],
  report: false,
  inputOptions: {
    // Unbundled output keeps every module's own "use client"; Rolldown's warning is for bundles.
    checks: { pluginTimings: false },
    onLog: (level, log, handler) => {
      if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
    },
  },
  hooks: {
    'build:done': () => {
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/styles.css', buildCss('styles'));
    },
  },
});
