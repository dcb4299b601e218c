// Builds dist/standalone/decision-blocks-elements.js: the custom elements with React, ReactDOM and
// every dependency bundled into one minified ES module that defines the elements when it loads,
// for pages that are not built with a bundler:
//   <script type="module" src="decision-blocks-elements.js"></script>
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { elementStylesPlugin } from './theme.ts';

const ENTRY = 'virtual:decision-blocks-standalone';
const elements = resolve('src/elements/index.ts');
const fileName = 'decision-blocks-elements.js';

const standaloneEntry = {
  name: 'decision-blocks-standalone-entry',
  resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : null),
  load: (id) =>
    id === `\0${ENTRY}`
      ? [
          `import { defineDecisionElements } from ${JSON.stringify(elements)};`,
          `export * from ${JSON.stringify(elements)};`,
          'defineDecisionElements();',
        ].join('\n')
      : null,
};

const output = await build({
  configFile: false,
  root: process.cwd(),
  logLevel: 'warn',
  plugins: [standaloneEntry, react(), elementStylesPlugin()],
  // React picks its production build from this; nothing in the page defines `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/standalone',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    copyPublicDir: false,
    rolldownOptions: {
      input: ENTRY,
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: fileName,
        // One file: the lazily loaded tooltip is inlined instead of becoming a second chunk.
        codeSplitting: false,
      },
    },
  },
});

const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
const files = chunks.map((chunk) => chunk.fileName);
if (files.length !== 1 || files[0] !== fileName) {
  throw new Error(`the standalone build should emit only ${fileName}, got: ${files.join(', ')}`);
}
const size = chunks[0].type === 'chunk' ? chunks[0].code.length : 0;
console.log(`standalone: dist/standalone/${fileName}, ${(size / 1024).toFixed(1)} kB`);
