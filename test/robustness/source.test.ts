// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const srcDir = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|jsx?|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('src/ never renders raw HTML', () => {
  const files = sourceFiles(srcDir);

  it('finds the component sources it checks', () => {
    const names = files.map((file) => relative(srcDir, file));
    expect(names).toEqual(
      expect.arrayContaining([
        'components/ReasonList/ReasonList.tsx',
        'components/DataChecksTable/DataChecksTable.tsx',
        'components/internal/RadixTooltip.tsx',
      ]),
    );
  });

  it('has no dangerouslySetInnerHTML in any file', () => {
    const offenders = files.filter((file) => /dangerouslySetInnerHTML/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
