// @vitest-environment node
// The benchmark is not part of the test run (its timings are noisy); this checks that its
// pieces are right and that a quick run still works end to end, Chromium included.
import { describe, expect, it } from 'vitest';
import {
  TONE_ORDER,
  badgeData,
  cardData,
  changeVerdicts,
  checkData,
  createRandom,
  meterData,
  reasonData,
  sortBySeverity,
  toneCounts,
} from '../../bench/data';
import { DEFAULT_SEED, parseArgs, runBench } from '../../bench/harness';
import { formatTable, median, ratio, summarize, worstRatio, type WorkloadResult } from '../../bench/stats';
import { WORKLOADS } from '../../bench/workloads';

describe('benchmark data', () => {
  it('is the same for the same seed, every time', () => {
    expect(badgeData(300, 7)).toEqual(badgeData(300, 7));
    expect(meterData(300, 7)).toEqual(meterData(300, 7));
    expect(cardData(30, 7)).toEqual(cardData(30, 7));
    expect(checkData(300, 7)).toEqual(checkData(300, 7));
    expect(reasonData(300, 7)).toEqual(reasonData(300, 7));
    const items = checkData(300, 7);
    expect(changeVerdicts(items, 7)).toEqual(changeVerdicts(items, 7));
  });

  it('differs between seeds', () => {
    expect(checkData(300, 1)).not.toEqual(checkData(300, 2));
  });

  it('draws numbers in [0, 1) from a seeded generator', () => {
    const first = createRandom(DEFAULT_SEED);
    const again = createRandom(DEFAULT_SEED);
    const numbers = Array.from({ length: 1000 }, () => first());
    expect(numbers).toEqual(Array.from({ length: 1000 }, () => again()));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThan(1);
    expect(new Set(numbers).size).toBeGreaterThan(990);
  });

  it('has the sizes and shapes the workloads promise', () => {
    expect(badgeData(2000, DEFAULT_SEED)).toHaveLength(2000);
    const meters = meterData(2000, DEFAULT_SEED);
    const missing = meters.filter((item) => item.score === null).length / meters.length;
    expect(missing).toBeGreaterThan(0.08);
    expect(missing).toBeLessThan(0.12);
    expect(cardData(300, DEFAULT_SEED).every((card) => card.reasons.length === 5 && card.score !== null)).toBe(true);
    expect(reasonData(10000, DEFAULT_SEED)).toHaveLength(10000);
    expect(new Set(checkData(5000, DEFAULT_SEED).map((item) => item.block.id)).size).toBe(5000);
  });

  it('changes the verdict of exactly a tenth of the checks and keeps the others as they were', () => {
    const items = checkData(5000, DEFAULT_SEED);
    const changed = changeVerdicts(items, DEFAULT_SEED);
    const different = changed.filter((item, index) => item !== items[index]);
    expect(different).toHaveLength(500);
    for (const item of different) {
      const before = items[item.index];
      expect(item.verdict.tone).not.toBe(before?.verdict.tone);
      expect(item.block).toEqual({ ...before?.block, verdict: item.verdict.raw });
    }
  });

  it('sorts checks by severity, stable, and counts them by tone', () => {
    const items = checkData(500, DEFAULT_SEED);
    const sorted = sortBySeverity(items);
    const ranks = sorted.map((item) => TONE_ORDER.indexOf(item.verdict.tone));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const critical = sorted.filter((item) => item.verdict.tone === 'critical').map((item) => item.index);
    expect(critical).toEqual([...critical].sort((a, b) => a - b));
    const counts = toneCounts(items);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(500);
  });
});

describe('benchmark statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it('divides ours by the baseline, and has no ratio without a baseline', () => {
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(30, null)).toBeNull();
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(null, 20)).toBeNull();
  });

  it('summarizes trials into medians and ratios per phase, and prints them as a table', () => {
    const timing = (total: number) => ({ total, render: total / 2 });
    const results: WorkloadResult[] = [
      {
        id: 'W1',
        title: '2,000 DecisionBadges',
        trials: { ours: [12, 10, 11].map(timing), react: [8, 10, 9].map(timing), dom: [5, 4, 6].map(timing) },
      },
      { id: 'W6', title: 'ReasonList', trials: { ours: [3, 2, 4].map(timing), react: [2, 2, 2].map(timing) } },
    ];
    const rows = summarize(results);
    expect(rows[0]?.total).toEqual({
      ours: 11,
      react: 9,
      dom: 5,
      oursToReact: 11 / 9,
      oursToDom: 11 / 5,
      reactToDom: 9 / 5,
    });
    expect(rows[0]?.render.ours).toBe(5.5);
    expect(rows[1]?.total.dom).toBeNull();
    expect(worstRatio(rows)).toBe(1.5);
    const table = formatTable(rows);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('| W1 | 2,000 DecisionBadges | 11.0 | 9.0 | 1.22× | 5.0 | 2.20× | 1.80× |');
    expect(table).toContain('| W6 | ReasonList | 3.0 | 2.0 | 1.50× | – | – | – |');
  });

  it('refuses a workload without measurements of the library', () => {
    expect(() => summarize([{ id: 'W2', title: 'x', trials: { react: [{ total: 1, render: 1 }] } }])).toThrow(/W2/);
  });
});

describe('benchmark arguments', () => {
  it('runs every workload, nine trials and writes bench/results.md by default', () => {
    const options = parseArgs([]);
    expect(options).toMatchObject({ quick: false, trials: 9, seed: DEFAULT_SEED });
    expect(options.workloads).toEqual(WORKLOADS.map((workload) => workload.id));
    expect(options.out).toMatch(/bench[/\\]results\.md$/);
  });

  it('keeps a quick run from overwriting the recorded results', () => {
    expect(parseArgs(['--quick'])).toMatchObject({ quick: true, trials: 3, out: null });
    expect(parseArgs(['--quick', '--out', 'quick.md']).out).toBe('quick.md');
  });

  it('takes at least seven trials for a full run and only known workloads', () => {
    expect(() => parseArgs(['--trials', '5'])).toThrow(/at least 7/);
    expect(() => parseArgs(['--trials', 'many'])).toThrow();
    expect(() => parseArgs(['--only', 'W9'])).toThrow(/W9/);
    expect(parseArgs(['--only', 'W1,W4']).workloads).toEqual(['W1', 'W4']);
  });
});

describe('a quick benchmark run', () => {
  it('builds the page, checks every baseline renders the same markup, and measures each variant', async () => {
    const lines: string[] = [];
    const report = await runBench({ ...parseArgs(['--quick', '--trials', '1']), log: (line) => lines.push(line) });
    expect(report.rows.map((row) => row.id)).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6']);
    for (const row of report.rows) {
      expect(row.total.ours, row.id).toBeGreaterThan(0);
      expect(row.total.react, row.id).toBeGreaterThan(0);
      expect(row.total.oursToReact, row.id).toBeGreaterThan(0);
      expect(row.render.ours, row.id).toBeLessThanOrEqual(row.total.ours);
    }
    expect(report.rows.filter((row) => row.total.dom !== null).map((row) => row.id)).toEqual(['W1', 'W4']);
    expect(report.table).toContain('| W4 | DataChecksTable, 500 rows |');
    expect(report.markdown).toContain(report.table);
    expect(report.markdown).toMatch(/Median of 1 trials per variant/);
    expect(lines).toContain('Checking that every baseline renders the library’s markup …');
  }, 120_000);
});
