import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const themeDir = resolve(import.meta.dirname, '../../src/theme');

export function themeFiles(): { name: string; css: string }[] {
  return readdirSync(themeDir)
    .filter((name) => name.endsWith('.css'))
    .map((name) => ({ name, css: readFileSync(join(themeDir, name), 'utf8') }));
}

export function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

export interface Block {
  prelude: string;
  body: string;
}

/** Splits CSS into its top-level blocks (`prelude { body }`) and statements (`prelude;`). */
export function topLevel(css: string): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  let start = 0;
  let bodyStart = 0;
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '{') {
      if (depth === 0) {
        prelude = css.slice(start, i).trim();
        bodyStart = i + 1;
      }
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        blocks.push({ prelude, body: css.slice(bodyStart, i) });
        start = i + 1;
      }
    } else if (char === ';' && depth === 0) {
      blocks.push({ prelude: css.slice(start, i).trim(), body: '' });
      start = i + 1;
    }
  }
  if (css.slice(start).trim() !== '') blocks.push({ prelude: css.slice(start).trim(), body: '' });
  return blocks;
}

/** Every style rule's selector, at any depth (inside @layer and @media). */
export function selectors(css: string): string[] {
  const found: string[] = [];
  for (const { prelude, body } of topLevel(css)) {
    if (prelude.startsWith('@keyframes')) continue;
    if (prelude.startsWith('@')) found.push(...selectors(body));
    else if (body !== '' || prelude !== '') found.push(prelude);
  }
  return found.filter((selector) => selector.includes('{') === false && !/^[\w-]+\s*:/.test(selector));
}
