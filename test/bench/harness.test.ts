// @vitest-environment node
// The benchmark is not part of the test run (its timings are noisy); this checks that its
// pieces are right and that a quick run still works end to end, Chromium included.
import { describe, expect, it } from 'vitest';
import {
  badgeData,
  cardData,
  changeOneVerdict,
  changeVerdicts,
  checkData,
  createRandom,
  meterData,
  reasonData,
  sessionData,
} from '../../bench/data';
import { expectations, scoreText, showMoreText } from '../../bench/expected';
import { DEFAULT_SEED, parseArgs, runBench } from '../../bench/harness';
import {
  formatElements,
  formatFrame,
  formatIntervals,
  formatMedians,
  formatSizes,
  formatSpreads,
  geometricMean,
  median,
  meanRatio,
  overLimit,
  quantile,
  ratio,
  ratioInterval,
  summarize,
  type WorkloadResult,
} from '../../bench/stats';
import { VARIANTS, WORKLOADS, type Measurement } from '../../bench/workloads';

describe('benchmark data', () => {
  it('is the same for the same seed, every time', () => {
    expect(badgeData(300, 7)).toEqual(badgeData(300, 7));
    expect(meterData(300, 7)).toEqual(meterData(300, 7));
    expect(cardData(30, 7)).toEqual(cardData(30, 7));
    expect(checkData(300, 7)).toEqual(checkData(300, 7));
    expect(reasonData(300, 7)).toEqual(reasonData(300, 7));
    expect(sessionData(20, 7)).toEqual(sessionData(20, 7));
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
    const session = sessionData(20, DEFAULT_SEED);
    expect([session.checks.length, session.cards.length]).toEqual([20, 3]);
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

  it('changes exactly one verdict for the one-row update', () => {
    const items = checkData(200, DEFAULT_SEED);
    const changed = changeOneVerdict(items, DEFAULT_SEED);
    expect(changed.filter((item, index) => item !== items[index])).toHaveLength(1);
  });
});

describe('what every variant must render', () => {
  it('counts each badge label as often as the data holds it', () => {
    const [badges] = expectations('W1', 2000, DEFAULT_SEED);
    expect(badges?.scope).toBe('root');
    expect([...(badges?.texts.values() ?? [])].reduce((sum, count) => sum + count, 0)).toBe(2000);
  });

  it('reads scores the way every variant prints them', () => {
    expect(scoreText(42.5)).toBe('42.5%');
    expect(scoreText(100)).toBe('100%');
    expect(scoreText(null)).toBe('No score');
    expect(showMoreText(9990)).toBe('Show 9,990 more');
  });

  it('expects ten reasons and one "Show more" button for a collapsed list, not all of them', () => {
    const [list] = expectations('W6', 10000, DEFAULT_SEED);
    expect([...(list?.texts.values() ?? [])].reduce((sum, count) => sum + count, 0)).toBe(11);
    expect(list?.texts.get('Show 9,990 more')).toBe(1);
  });

  it('expects the changed verdicts after an update, counted in table bodies', () => {
    const items = checkData(500, DEFAULT_SEED);
    const [before] = expectations('W4', 500, DEFAULT_SEED);
    const [after] = expectations('W5', 500, DEFAULT_SEED);
    expect(after?.scope).toBe('tbody');
    expect(after?.texts).not.toEqual(before?.texts);
    const label = changeVerdicts(items, DEFAULT_SEED)[0]?.verdict.label as string;
    expect(after?.texts.get(label)).toBeGreaterThan(0);
  });
});

describe('benchmark statistics', () => {
  it('takes medians and quartiles without reordering the input', () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(() => median([])).toThrow();
  });

  it('divides, and has no ratio without a measurable divisor', () => {
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(30, null)).toBeNull();
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(null, 20)).toBeNull();
    expect(geometricMean([1, 4])).toBe(2);
    expect(geometricMean([])).toBeNull();
  });

  it('summarizes trials into medians, spreads, ratios and element counts, and prints them', () => {
    const trial = (total: number, elements = 10): Measurement => ({
      total,
      render: total / 2,
      frame: total / 4,
      elements,
      missing: [],
    });
    const results: WorkloadResult[] = [
      {
        id: 'W1',
        title: '2,000 badges',
        trials: {
          dom: [5, 4, 6].map((total) => trial(total)),
          react: [8, 10, 9].map((total) => trial(total)),
          radix: [20, 22, 21].map((total) => trial(total)),
          mui: [30, 33, 31].map((total) => trial(total)),
          ours: [12, 10, 11].map((total) => trial(total, 50)),
        },
      },
      {
        id: 'W6',
        title: 'reason list',
        trials: {
          react: [2, 2, 2].map((total) => trial(total)),
          radix: [5, 5, 5].map((total) => trial(total)),
          mui: [2, 2, 2].map((total) => trial(total)),
          ours: [3, 2, 4].map((total) => trial(total)),
        },
      },
    ];
    const rows = summarize(results);
    expect(rows[0]?.variants.ours).toEqual({
      total: { median: 11, p25: 10.5, p75: 11.5 },
      render: 5.5,
      frame: 2.75,
      elements: 50,
      toReact: 11 / 9,
    });
    expect(rows[0]).toMatchObject({ fastestPeer: 'radix', oursToFastestPeer: 11 / 21 });
    expect(rows[1]).toMatchObject({ fastestPeer: 'mui', oursToFastestPeer: 1.5 });
    expect(rows[1]?.variants.dom).toBeUndefined();
    expect(meanRatio(rows, 'ours')).toBeCloseTo(Math.sqrt((11 / 9) * 1.5));
    expect(meanRatio(rows, 'dom')).toBeNull();
    expect(overLimit(rows, 1.3).map((row) => row.id)).toEqual(['W6']);
    const medians = formatMedians(rows).split('\n');
    expect(medians).toHaveLength(5);
    expect(medians[2]).toBe(
      '| W1 | 2,000 badges | 5.0 (0.56×) | 9.0 (1.00×) | 21.0 (2.33×) | 31.0 (3.44×) | 11.0 (1.22×) | 0.52× (Radix Themes) |',
    );
    expect(medians[3]).toContain('| W6 | reason list | – | 2.0 (1.00×) |');
    expect(formatSpreads(rows)).toContain('| 10.5–11.5 |');
    expect(formatElements(rows)).toContain('| 10 | 10 | 10 | 10 | 50 |');
    // The next frame's work: a quarter of each trial here, medians per variant.
    expect(formatFrame(rows).split('\n')[2]).toBe('| W1 | 2,000 badges | 1.3 | 2.3 | 5.3 | 7.8 | 2.8 |');
  });

  it('bounds the ratio of medians by resampling whole rounds, reproducibly', () => {
    // The machine's speed drifts from round to round; ours is 1.5× hand-written in every round.
    const base = [10, 40, 20, 80, 30, 60, 50, 70];
    const ours = base.map((value) => value * 1.5);
    // Pairs stay together, so the drift cancels: every resample gives 1.5 exactly.
    expect(ratioInterval(ours, base, createRandom(1))).toEqual({ low: 1.5, high: 1.5 });
    // Noise within rounds widens the interval around the ratio of medians, the same for one seed.
    const noisy = ours.map((value, index) => value * (index % 2 === 0 ? 0.8 : 1.25));
    const interval = ratioInterval(noisy, base, createRandom(7));
    expect(interval).toEqual(ratioInterval(noisy, base, createRandom(7)));
    expect(interval!.low).toBeLessThan(median(noisy) / median(base));
    expect(interval!.high).toBeGreaterThan(median(noisy) / median(base));
    expect(interval!.low).toBeGreaterThan(1);
    expect(interval!.high).toBeLessThan(2.2);
  });

  it('has no interval without two complete pairs of rounds', () => {
    expect(ratioInterval([1], [1], createRandom(1))).toBeNull();
    expect(ratioInterval([1, 2, 3], [1, 2], createRandom(1))).toBeNull();
    expect(ratioInterval([1, 2], [0, 0], createRandom(1))).toBeNull();
  });

  it('says whether each interval lies above, at or below, or across the limit', () => {
    const results: WorkloadResult[] = [
      ['W1', [20, 21, 22, 20], [10, 10, 11, 10]],
      ['W2', [10, 11, 10, 12], [10, 10, 11, 10]],
      ['W3', [10, 20, 12, 19], [10, 10, 11, 10]],
      ['W4', [10, 11, 12, 10], []],
    ].map(([id, ours, react]) => ({
      id: id as WorkloadResult['id'],
      title: `workload ${id as string}`,
      trials: {
        ours: (ours as number[]).map((total) => ({ total, render: 1, frame: 1, elements: 1, missing: [] })),
        react: (react as number[]).map((total) => ({ total, render: 1, frame: 1, elements: 1, missing: [] })),
      },
    }));
    const rows = summarize(results);
    expect(rows[3]?.oursToReactInterval).toBeNull();
    const lines = formatIntervals(rows, 1.5).split('\n');
    expect(lines[0]).toBe('| | workload | ours ÷ hand-written React | 95% interval | against 1.5× |');
    expect(lines[2]).toMatch(/^\| W1 \| workload W1 \| 2\.05× \| [12]\.\d\d–2\.\d\d× \| above \|$/);
    expect(lines[3]).toMatch(/\| W2 \| workload W2 \| 1\.05× \| .* \| at or below \|$/);
    expect(lines[4]).toMatch(/\| W3 \| workload W3 \| .* \| across \|$/);
    expect(lines[5]).toBe('| W4 | workload W4 | – | – | – |');
  });

  it('refuses a workload without measurements of the library', () => {
    expect(() => summarize([{ id: 'W2', title: 'x', trials: { react: [] } }])).toThrow(/W2/);
  });

  it('reports app bytes against hand-written React', () => {
    const table = formatSizes([
      { variant: 'react', initial: 70 * 1024, lazy: 0 },
      { variant: 'ours', initial: 80 * 1024, lazy: 20 * 1024 },
    ]);
    expect(table).toContain('| hand-written React | 70.0 KiB | – | 70.0 KiB | +0.0 KiB |');
    expect(table).toContain('| ours | 80.0 KiB | 20.0 KiB | 100.0 KiB | +30.0 KiB |');
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
  it('builds a page per variant, checks every variant renders its items, and measures all of them', async () => {
    const lines: string[] = [];
    const report = await runBench({ ...parseArgs(['--quick', '--trials', '1']), log: (line) => lines.push(line) });
    expect(report.rows.map((row) => row.id)).toEqual(WORKLOADS.map((workload) => workload.id));
    for (const row of report.rows) {
      for (const variant of VARIANTS) {
        const summary = row.variants[variant];
        expect(summary?.total.median, `${row.id}/${variant}`).toBeGreaterThan(0);
        expect(Number.isFinite(summary?.toReact), `${row.id}/${variant}`).toBe(true);
        expect(summary?.elements, `${row.id}/${variant}`).toBeGreaterThan(0);
        // The next frame is part of the total, never more than it.
        expect(summary?.frame, `${row.id}/${variant}`).toBeGreaterThanOrEqual(0);
        expect(summary?.frame, `${row.id}/${variant}`).toBeLessThan(summary?.total.median ?? 0);
      }
      expect(Number.isFinite(row.oursToFastestPeer), row.id).toBe(true);
    }
    // One element per badge by hand; the peers and the library at least that.
    const badges = report.rows.find((row) => row.id === 'W1');
    expect(badges?.variants.dom?.elements).toBe(201);
    expect(badges?.variants.react?.elements).toBe(201);
    // The vanilla DOM page ships no React; the library's page ships more than hand-written React.
    const size = (variant: string) => report.sizes.find((entry) => entry.variant === variant);
    expect(size('dom')?.initial).toBeLessThan(10 * 1024);
    expect(size('ours')?.initial).toBeGreaterThan(size('react')?.initial ?? Infinity);
    expect(report.markdown).toContain(formatMedians(report.rows));
    expect(report.markdown).toContain(formatFrame(report.rows));
    // The large table (a tenth of it in a quick run) is measured for the library alone, windowed.
    expect(report.large?.rows).toBe(10_000);
    expect(report.large?.trials).toHaveLength(1);
    expect(report.large?.trials[0]?.total).toBeGreaterThan(0);
    expect(report.large?.trials[0]?.elements).toBeLessThan(2_000);
    expect(report.markdown).toContain('## Large table: 10,000 rows, ours only');
    expect(report.markdown).toMatch(/1 trials per variant/);
    expect(lines).toContain('Building one page per variant (production) …');
  }, 120_000);
});
