// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');
const IMPORT = /\bfrom\s+['"]([^'"]+)['"]/g;

function importsOf(dir: string): [string, string][] {
  return readdirSync(join(src, dir)).flatMap((name) => {
    const file = join(src, dir, name);
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(IMPORT)].map((match) => [relative(src, file), match[1] as string] as [string, string]);
  });
}

describe('src/vendors and src/model are pure TypeScript', () => {
  it.each(['vendors', 'model'])('src/%s imports only the model and its own modules, never React', (dir) => {
    const imports = importsOf(dir);
    expect(imports.length).toBeGreaterThan(0);
    const outside = imports.filter(([, specifier]) => !/^\.\/|^\.\.\/model\//.test(specifier));
    expect(outside).toEqual([]);
  });

  it('keeps one module per vendor, none importing another vendor', () => {
    const vendors = readdirSync(join(src, 'vendors')).filter((name) => !['index.ts', 'read.ts'].includes(name));
    expect(vendors).toHaveLength(12);
    const crossing = importsOf('vendors').filter(
      ([file, specifier]) => !file.endsWith('index.ts') && !/^(\.\/read|\.\.\/model\/)/.test(specifier),
    );
    expect(crossing).toEqual([]);
  });
});
