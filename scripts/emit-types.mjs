// Emits declarations next to the built modules: `x.d.ts` for the ESM `x.js` and `x.d.cts`
// for the CJS `x.cjs`, with relative specifiers made explicit so Node16/NodeNext resolution
// (which does not guess extensions) finds every file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const dist = resolve('dist');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function explicit(file, specifier, extension) {
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.${extension}`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier}/index.${extension}`;
  return specifier;
}

let count = 0;
for (const file of declarations(dist)) {
  const source = readFileSync(file, 'utf8');
  const rewrite = (extension) =>
    source.replace(
      SPECIFIER,
      (_match, lead, quote, specifier) => `${lead}${quote}${explicit(file, specifier, extension)}${quote}`,
    );
  writeFileSync(file, rewrite('js'));
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), rewrite('cjs'));
  count += 1;
}
console.log(`declarations: ${count} modules, ESM and CJS`);
