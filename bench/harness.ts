// The benchmark harness (Node side): builds one page per variant with Vite in production mode,
// serves them from 127.0.0.1, and measures every workload and variant in one headless Chromium,
// one fresh page per trial. `bench/run.mjs` runs it from the command line; test/bench checks it.
import react from '@vitejs/plugin-react';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { launchChromium } from '../scripts/chromium.ts';
import {
  formatElements,
  formatFrame,
  formatIntervals,
  formatMedians,
  formatRender,
  formatSizes,
  formatSpreads,
  meanRatio,
  median,
  overLimit,
  quantile,
  RESAMPLES,
  summarize,
  type BundleSize,
  type SummaryRow,
  type WorkloadResult,
} from './stats';
import { VARIANTS, WORKLOADS, type Measurement, type RunSpec, type Variant, type WorkloadId } from './workloads';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const appDir = join(benchDir, 'app');
const repoRoot = join(benchDir, '..');

export interface BenchOptions {
  /** Fewer trials and a tenth of the items: a smoke test that finishes in seconds. */
  quick: boolean;
  trials: number;
  seed: number;
  /** Where to write the Markdown report; null writes nothing. */
  out: string | null;
  workloads: readonly WorkloadId[];
  log: (line: string) => void;
}

export const DEFAULT_SEED = 20240611;
export const FULL_TRIALS = 9;
export const QUICK_TRIALS = 3;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const valueOf = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const trials = Number(valueOf('--trials') ?? (quick ? QUICK_TRIALS : FULL_TRIALS));
  if (!Number.isInteger(trials) || trials < 1) throw new Error('--trials takes a whole number from 1 up');
  if (!quick && trials < 7) throw new Error('a full run takes the median of at least 7 trials');
  const seed = Number(valueOf('--seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number');
  const only = valueOf('--only');
  const workloads = only ? (only.split(',') as WorkloadId[]) : WORKLOADS.map((workload) => workload.id);
  for (const id of workloads) {
    if (!WORKLOADS.some((workload) => workload.id === id)) throw new Error(`unknown workload ${id}`);
  }
  // A quick run never replaces the recorded full-run numbers unless asked to.
  const out = valueOf('--out') ?? (quick ? null : join(benchDir, 'results.md'));
  return { quick, trials, seed, out, workloads, log: (line) => console.log(line) };
}

/**
 * Builds one page per variant (bench/app/<variant>.html) into `outDir` as a production bundle
 * (React's production build, minified), and measures what each page loads, gzip.
 */
export async function buildPages(outDir: string): Promise<BundleSize[]> {
  // The JSX transform and React's entry points follow NODE_ENV, which a dev server or Vitest in
  // the same process has set to something else: force production for this build only.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildProduction(outDir);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return bundleSizes(outDir);
}

async function buildProduction(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: appDir,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      manifest: true,
      reportCompressedSize: false,
      modulePreload: false,
      // One build, one entry per variant: each page's chunks hold only what that page imports.
      rolldownOptions: {
        input: Object.fromEntries(VARIANTS.map((variant) => [variant, join(appDir, `${variant}.html`)])),
      },
    },
  });
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

/** Sums the gzip bytes of every file each page loads, following the build manifest. */
async function bundleSizes(outDir: string): Promise<BundleSize[]> {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const gzipped = new Map<string, number>();
  const gzipSize = async (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(await readFile(join(outDir, file)), { level: 9 }).length);
    return gzipped.get(file) as number;
  };
  /** The files `keys` load up front (static imports and their CSS), and the chunks they import lazily. */
  const closure = (keys: readonly string[]) => {
    const files = new Set<string>();
    const lazy: string[] = [];
    const seen = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
      lazy.push(...(chunk.dynamicImports ?? []));
    };
    for (const key of keys) visit(key);
    return { files, lazy };
  };
  const sum = async (files: Iterable<string>) => {
    let bytes = 0;
    for (const file of files) bytes += await gzipSize(file);
    return bytes;
  };
  return Promise.all(
    VARIANTS.map(async (variant): Promise<BundleSize> => {
      const initial = closure([`${variant}.html`]);
      // What the lazy chunks load in turn, one level deep: enough for the library's tooltip.
      const later = closure(initial.lazy).files;
      for (const file of initial.files) later.delete(file);
      return { variant, initial: await sum(initial.files), lazy: await sum(later) };
    }),
  );
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function inFreshPage(browser: Browser, url: string, spec: RunSpec): Promise<Measurement> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate((s) => window.bench.measure(s), spec);
  } finally {
    await page.close();
  }
}

function sizeOf(id: WorkloadId, quick: boolean): number {
  const workload = WORKLOADS.find((candidate) => candidate.id === id);
  if (!workload) throw new Error(`unknown workload ${id}`);
  return quick ? workload.quickSize : workload.size;
}

function packageVersion(name: string): string {
  const file = name === '.' ? join(repoRoot, 'package.json') : join(repoRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export interface BenchReport {
  date: string;
  quick: boolean;
  trials: number;
  seed: number;
  machine: string;
  browser: string;
  versions: string;
  /** One-minute load averages when the run started and ended: other work on the machine skews times. */
  load: [number, number];
  rows: SummaryRow[];
  /** The 100,000-row table (ours only), or null when W4 was not run. */
  large: { rows: number; trials: Measurement[] } | null;
  sizes: BundleSize[];
  markdown: string;
}

/** The row count of the large-table measurement, and its target mount time (issue 13). */
export const LARGE_TABLE_ROWS = 100_000;
export const LARGE_TABLE_TARGET_MS = 200;

function largeTableMarkdown(large: BenchReport['large']): string {
  if (!large) return '';
  const totals = large.trials.map((trial) => trial.total);
  const renders = large.trials.map((trial) => trial.render);
  const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const total = median(totals);
  return `## Large table: ${large.rows.toLocaleString('en-US')} rows, ours only

W4's table at ${large.rows.toLocaleString('en-US')} rows (\`maxRows={${large.rows}}\`), mounted the same way, once in each
round of trials: past 200 rows it windows, so it mounts the rows in view and states the rest in
\`aria-rowcount\`. The other variants mount every row and are not run at this size (hand-written
React needs seconds).

| | median | p25–p75 | render phase (median) | elements |
| --- | ---: | ---: | ---: | ---: |
| ours | ${ms(total)} ms | ${ms(quantile(totals, 0.25))}–${ms(quantile(totals, 0.75))} ms | ${ms(median(renders))} ms | ${(large.trials[0]?.elements ?? 0).toLocaleString('en-US')} |

${total < LARGE_TABLE_TARGET_MS ? 'Under' : 'Over'} the ${LARGE_TABLE_TARGET_MS} ms target.

`;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const loadAtStart = loadavg()[0] ?? 0;
  const outDir = await mkdtemp(join(tmpdir(), 'decision-blocks-bench-'));
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  try {
    options.log('Building one page per variant (production) …');
    const sizes = await buildPages(outDir);
    server = await serve(outDir);
    // `gc()` in the pages: each collects the data it generated before the clock starts.
    browser = await launchChromium(['--js-flags=--expose-gc']);

    const specs = WORKLOADS.filter((workload) => options.workloads.includes(workload.id)).flatMap((workload) =>
      VARIANTS.map((variant) => ({
        variant,
        spec: { workload: workload.id, size: sizeOf(workload.id, options.quick), seed: options.seed },
      })),
    );
    const results = new Map<WorkloadId, WorkloadResult>();
    for (const workload of WORKLOADS) {
      if (options.workloads.includes(workload.id)) {
        const title = workload.title(sizeOf(workload.id, options.quick));
        results.set(workload.id, { id: workload.id, title, trials: {} });
      }
    }
    const { url } = server;
    const chromium = browser;
    // Every trial checks what it rendered, so no variant can be fast by rendering too little.
    const measure = async (variant: Variant, spec: RunSpec) => {
      const measurement = await inFreshPage(chromium, `${url}${variant}.html`, spec);
      if (measurement.missing.length > 0) {
        throw new Error(
          `${spec.workload}/${variant} did not render what its data holds:\n  ${measurement.missing.slice(0, 5).join('\n  ')}`,
        );
      }
      return measurement;
    };

    // The windowed table at a size no hand-written table is mounted at: ours only, in the same
    // rounds as the rest, so it meets the machine as the other workloads do.
    const largeSpec: RunSpec | null = options.workloads.includes('W4')
      ? { workload: 'W4', size: options.quick ? 10_000 : LARGE_TABLE_ROWS, seed: options.seed }
      : null;
    const large: Measurement[] = [];

    // Warm-up round (discarded): the first page load pays for disk and compile caches.
    if (!options.quick) {
      for (const { variant, spec } of specs) await measure(variant, spec);
      if (largeSpec) await measure('ours', largeSpec);
    }
    // Trials round-robin over every variant, so drift on the machine hits all of them alike.
    for (let trial = 1; trial <= options.trials; trial += 1) {
      options.log(`Trial ${trial} of ${options.trials} …`);
      for (const { variant, spec } of specs) {
        const result = results.get(spec.workload) as WorkloadResult;
        (result.trials[variant] ??= []).push(await measure(variant, spec));
      }
      if (largeSpec) large.push(await measure('ours', largeSpec));
    }

    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    const report = {
      date: new Date().toISOString().slice(0, 10),
      quick: options.quick,
      trials: options.trials,
      seed: options.seed,
      machine: `${cpu}, ${cpus().length} cores, ${platform()} ${release()}; Node ${process.version}`,
      browser: `Chromium ${browser.version()} (headless)`,
      versions: [
        `decision-blocks ${packageVersion('.')}`,
        `React ${packageVersion('react')}`,
        `@radix-ui/themes ${packageVersion('@radix-ui/themes')}`,
        `@mui/material ${packageVersion('@mui/material')} with @emotion/react ${packageVersion('@emotion/react')}`,
        `Vite ${packageVersion('vite')}`,
      ].join(', '),
      load: [loadAtStart, loadavg()[0] ?? 0] as [number, number],
      rows: summarize([...results.values()]),
      large: large.length === 0 ? null : { rows: options.quick ? 10_000 : LARGE_TABLE_ROWS, trials: large },
      sizes,
    };
    return { ...report, markdown: reportMarkdown(report) };
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Ours ÷ hand-written React above which a workload counts as too slow (issue 13). */
export const RATIO_LIMIT = 1.5;

function reportMarkdown(report: Omit<BenchReport, 'markdown'>): string {
  const ours = (row: SummaryRow) => row.variants.ours?.toReact ?? 0;
  const slow = overLimit(report.rows, RATIO_LIMIT);
  const slowText =
    slow.length === 0
      ? `No workload exceeds ${RATIO_LIMIT}× hand-written React.`
      : `Workloads above ${RATIO_LIMIT}× hand-written React: ${slow.map((row) => `${row.id} (${ours(row).toFixed(2)}×)`).join(', ')}.`;
  const mean = meanRatio(report.rows, 'ours');
  const react = report.sizes.find((size) => size.variant === 'react');
  const library = report.sizes.find((size) => size.variant === 'ours');
  const added = react && library ? (library.initial + library.lazy - react.initial - react.lazy) / 1024 : null;
  return `# Benchmark results

Measured ${report.date} with \`npm run bench${report.quick ? ' -- --quick' : ''}\` on ${report.machine};
${report.browser}; ${report.versions}. ${report.trials} trials per variant, one fresh page per trial,
all variants interleaved in one Chromium run, seed ${report.seed}. Load average (1 min)
${report.load[0].toFixed(2)} at the start, ${report.load[1].toFixed(2)} at the end.

## Mount time: render start until the next frame is ready

Median ms, and in brackets the ratio to hand-written React.

${formatMedians(report.rows)}

${slowText} Geometric mean of ours ÷ hand-written React: ${mean === null ? '–' : `${mean.toFixed(2)}×`}.

### Spread: p25–p75, ms

${formatSpreads(report.rows)}

### How certain the ratios are

Ours ÷ hand-written React with a 95% bootstrap interval (${RESAMPLES.toLocaleString('en-US')} resamples of the
trial rounds, each round's pair of pages kept together), and where that interval lies against
${RATIO_LIMIT}×: wholly above, at or below, or across it (this run cannot tell).

${formatIntervals(report.rows, RATIO_LIMIT)}

### Render phase alone (before style and layout), median ms

${formatRender(report.rows)}

### Next frame alone (the paint and any style and layout left for it), median ms

${formatFrame(report.rows)}

${largeTableMarkdown(report.large)}## DOM elements rendered

${formatElements(report.rows)}

## App bytes

Each variant's benchmark page as Vite builds it for production, every JavaScript and CSS file it
loads, gzip (level 9). Every page also carries the same data generator and timing code.
${added === null ? '' : `The library adds ${added.toFixed(1)} KiB to hand-written React.`}

${formatSizes(report.sizes)}

## Method

- **vanilla DOM** and **hand-written React**: the screens as a console developer writes them
  without the library: a badge is one span with a class and the text, a meter a number beside a
  native \`<progress>\`, a table plain rows of text cells in the order the data came, a card a
  section with a heading, badge, meter and a list of reasons, long lists the first 10 items and a
  "Show N more" button. Fed display values computed beforehand; no memoization. The DOM variant
  updates a table by replacing the rows whose item changed.
- **Radix Themes** and **MUI**: the same screens from each library's components as its docs show
  them (Radix: \`<Theme>\`, its stylesheet, Badge, Text + Progress, Table, Card, DataList; MUI
  with Emotion and its default theme: Chip, LinearProgress with a label, Table, Card, List).
- **ours**: the library, given raw data blocks (W1 \`verdict\`, W2 \`block\`, W3 \`block\` and \`name\`,
  W4/W5/W8 an array of named blocks, W6 \`reasons\`, W7 \`SessionDecision\` and three
  \`DataBlockCard\`s). It sorts the table by severity, shows a tone filter, reason-code tooltips
  and error boundaries: costs the others do not pay.
- Every trial checks what the variant rendered: each expected text (badge labels, scores, row
  names, reasons, the "Show N more" label) must be an element's own text exactly as often as the
  data holds, so no variant is fast by rendering too little (or everything).
- Timed: \`flushSync(() => root.render(…))\` (or the DOM build), then \`document.body.offsetHeight\`,
  then the main thread's work in the next frame: from its \`requestAnimationFrame\` callbacks until
  the task after its style, layout and paint. The idle wait for that frame is not counted. The frame
  is where every variant's paint is: a screen is not shown before it. React runs a synchronous
  render's effects before \`flushSync\` returns.
  Data generation and \`createRoot\` happen before the clock starts. W5 and W8 mount the table
  untimed, then time the update with a tenth (W5) or one (W8) of the verdicts changed; unchanged
  items keep their identity.
- The page starts Intl once before timing (ICU's start-up is a cost of the page, not of a screen).
- Variants run round-robin, ${report.quick ? 'no warm-up' : 'one warm-up round discarded'}; the pages are one Vite production build
  (React's production build, minified) served from 127.0.0.1; each page loads only its variant's
  CSS and JavaScript.
`;
}

export async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const report = await runBench(options);
  console.log(`\n${formatMedians(report.rows)}\n\n${formatElements(report.rows)}\n\n${formatSizes(report.sizes)}\n`);
  if (options.out) {
    await writeFile(options.out, report.markdown);
    console.log(`Written to ${options.out}`);
  } else {
    console.log('Quick run: bench/results.md left as it was (pass --out <file> to write a report).');
  }
}
