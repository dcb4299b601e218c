// Runs against the built package (`npm run build` comes first in `npm test`).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

const probe = `
  const { normalizeDataBlock, toneOf, parseScore, humanize, defaultCatalog } = lib;
  const block = normalizeDataBlock({ verdict: 'not_trusted', score: '28,3', reasons: [{ code: 'RC004' }] });
  console.log(JSON.stringify({
    tone: block.tone, score: block.score, code: block.reasons[0].code,
    toneOf: toneOf('PASSED'), parsed: parseScore(''), human: humanize('NOT_TRUSTED'),
    labels: Object.keys(defaultCatalog).length,
  }));`;

const expected = {
  tone: 'critical',
  score: 28.3,
  code: 'RC004',
  toneOf: 'positive',
  parsed: null,
  human: 'Not trusted',
};

describe('the built package', () => {
  it('has been built', () => {
    expect(existsSync(resolve(root, 'dist/index.js')), 'run `npm run build` first').toBe(true);
  });

  it('loads with import (ESM) through the exports map', () => {
    const output = runNode(['--input-type=module', '-e', `import * as lib from 'decision-blocks'; ${probe}`]);
    expect(JSON.parse(output)).toMatchObject(expected);
  });

  it('loads with require (CJS) through the exports map', () => {
    const output = runNode(['--input-type=commonjs', '-e', `const lib = require('decision-blocks'); ${probe}`]);
    const result = JSON.parse(output) as { labels: number };
    expect(result).toMatchObject(expected);
    expect(result.labels).toBeGreaterThanOrEqual(22);
  });

  it('ships declarations for both conditions', () => {
    for (const file of [
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/model/normalize.d.ts',
      'dist/model/normalize.d.cts',
    ]) {
      expect(existsSync(resolve(root, file)), file).toBe(true);
    }
  });
});
