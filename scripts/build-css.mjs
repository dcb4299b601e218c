// Bundles src/theme/*.css into dist/styles.css: tokens and shared rules first, then one file
// per component in name order. Comments and indentation are dropped; nothing else changes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'src/theme';
const first = ['tokens.css'];
const files = [
  ...first,
  ...readdirSync(dir)
    .filter((name) => name.endsWith('.css') && !first.includes(name))
    .sort(),
];
const css = files
  .map((name) => readFileSync(join(dir, name), 'utf8'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '\n')
  .replace(/\s*([{};,])\s*/g, '$1')
  .replace(/\n+/g, ' ')
  .trim();
mkdirSync('dist', { recursive: true });
writeFileSync('dist/styles.css', `@layer decision-blocks;${css}\n`);
console.log(`styles.css: ${files.length} files, ${css.length} bytes`);
