// Runs the size-limit CLI (`npm run size`, budgets in package.json). size-limit 14 is written for
// Node 22: it imports `glob` from node:fs/promises and calls Array.fromAsync, which Node 20 (our
// CI) lacks. On Node 20 this supplies both to the size-limit process only; on Node 22+ it changes
// nothing and the CLI runs as published.
import * as fsPromises from 'node:fs/promises';
import { createRequire, register } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

if (!('glob' in fsPromises)) {
  const shim = new URL('./fs-glob-shim.mjs', import.meta.url).href;
  const hooks = `export async function resolve(specifier, context, next) {
    return specifier === 'node:fs/promises' && context.parentURL?.includes('/node_modules/size-limit/')
      ? { url: ${JSON.stringify(shim)}, shortCircuit: true }
      : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

if (typeof Array.fromAsync !== 'function') {
  Array.fromAsync = async (items) => {
    const collected = [];
    for await (const item of items) collected.push(item);
    return collected;
  };
}

const packageJson = createRequire(import.meta.url).resolve('size-limit/package.json');
await import(pathToFileURL(join(dirname(packageJson), 'bin.js')).href);
