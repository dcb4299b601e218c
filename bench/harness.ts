// The benchmark harness (Node side): builds the page with Vite in production mode, serves it
// from 127.0.0.1, and measures every workload and variant in headless Chromium, one fresh page
// per trial. `bench/run.mjs` runs it from the command line; test/bench checks it.
import react from '@vitejs/plugin-react';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { launchChromium } from '../scripts/chromium.ts';
import { formatTable, summarize, worstRatio, type SummaryRow, type WorkloadResult } from './stats';
import { WORKLOADS, type RunSpec, type Variant, type WorkloadId } from './workloads';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

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

/** Builds bench/app into `outDir` as a production bundle (React's production build, minified). */
export async function buildPage(outDir: string): Promise<void> {
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
}

async function buildProduction(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(benchDir, 'app'),
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true, minify: true, reportCompressedSize: false, modulePreload: false },
  });
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

async function inFreshPage<T>(browser: Browser, url: string, action: (spec: RunSpec) => T, spec: RunSpec) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(action, spec);
  } finally {
    await page.close();
  }
}

function specsFor(options: BenchOptions, size: (id: WorkloadId) => number): RunSpec[] {
  return WORKLOADS.filter((workload) => options.workloads.includes(workload.id)).flatMap((workload) =>
    workload.variants.map((variant): RunSpec => ({
      workload: workload.id,
      variant,
      size: size(workload.id),
      seed: options.seed,
    })),
  );
}

function sizeOf(id: WorkloadId, quick: boolean): number {
  const workload = WORKLOADS.find((candidate) => candidate.id === id);
  if (!workload) throw new Error(`unknown workload ${id}`);
  return quick ? workload.quickSize : workload.size;
}

/**
 * Every baseline must render exactly the library's markup, or the comparison means nothing:
 * compares each variant's canonical markup with the library's, at the quick sizes.
 */
export async function checkMarkup(browser: Browser, url: string, options: BenchOptions): Promise<void> {
  const markup = new Map<string, string>();
  for (const spec of specsFor(options, (id) => sizeOf(id, true))) {
    markup.set(
      `${spec.workload}/${spec.variant}`,
      await inFreshPage(browser, url, (s) => window.bench.markup(s), spec),
    );
  }
  for (const [key, html] of markup) {
    const ours = markup.get(`${key.split('/')[0]}/ours`);
    if (html !== ours) {
      const at = [...html].findIndex((character, index) => character !== ours?.[index]);
      throw new Error(
        `${key} renders different markup from the library at character ${at}:\n` +
          `  ours:     …${ours?.slice(Math.max(0, at - 120), at + 120)}…\n` +
          `  baseline: …${html.slice(Math.max(0, at - 120), at + 120)}…`,
      );
    }
  }
}

export interface BenchReport {
  date: string;
  quick: boolean;
  trials: number;
  seed: number;
  machine: string;
  browser: string;
  /** One-minute load averages when the run started and ended: other work on the machine skews times. */
  load: [number, number];
  rows: SummaryRow[];
  table: string;
  markdown: string;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const outDir = await mkdtemp(join(tmpdir(), 'decision-blocks-bench-'));
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  try {
    options.log('Building the benchmark page (production) …');
    await buildPage(outDir);
    server = await serve(outDir);
    browser = await launchChromium();
    options.log('Checking that every baseline renders the library’s markup …');
    await checkMarkup(browser, server.url, options);

    const loadAtStart = loadavg()[0] ?? 0;
    const specs = specsFor(options, (id) => sizeOf(id, options.quick));
    const results = new Map<WorkloadId, WorkloadResult>();
    for (const workload of WORKLOADS) {
      if (options.workloads.includes(workload.id)) {
        const title = workload.title(sizeOf(workload.id, options.quick));
        results.set(workload.id, { id: workload.id, title, trials: {} });
      }
    }
    const { url } = server;
    const chromium = browser;
    const measure = (spec: RunSpec) => inFreshPage(chromium, url, (s) => window.bench.measure(s), spec);

    // Warm-up round (discarded): the first page load pays for disk and compile caches.
    if (!options.quick) for (const spec of specs) await measure(spec);
    // Trials round-robin over every variant, so drift on the machine hits all of them alike.
    for (let trial = 1; trial <= options.trials; trial += 1) {
      options.log(`Trial ${trial} of ${options.trials} …`);
      for (const spec of specs) {
        const result = results.get(spec.workload) as WorkloadResult;
        const variant: Variant = spec.variant;
        (result.trials[variant] ??= []).push(await measure(spec));
      }
    }

    const rows = summarize([...results.values()]);
    const report = {
      date: new Date().toISOString().slice(0, 10),
      quick: options.quick,
      trials: options.trials,
      seed: options.seed,
      machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`,
      browser: `Chromium ${browser.version()} (headless)`,
      load: [loadAtStart, loadavg()[0] ?? 0] as [number, number],
      rows,
      table: formatTable(rows),
    };
    return { ...report, markdown: reportMarkdown(report) };
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

function reportMarkdown(report: Omit<BenchReport, 'markdown'>): string {
  const ratioText = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
  return `# Benchmark results

Measured ${report.date} with \`npm run bench${report.quick ? ' -- --quick' : ''}\` on ${report.machine};
${report.browser}. Median of ${report.trials} trials per variant, one fresh page per trial, seed
${report.seed}. Load average (1 min) ${report.load[0].toFixed(2)} at the start, ${report.load[1].toFixed(2)} at the end.

## Mount time: render start until after layout

${report.table}

Largest ours ÷ React ratio: ${ratioText(worstRatio(report.rows))} (target ≤ 1.5×).

## Render phase alone (before style and layout)

${formatTable(report.rows, 'render')}

Largest ours ÷ React ratio: ${ratioText(worstRatio(report.rows, 'render'))}.

## Method

- **ours**: the library, given raw data blocks (W1 \`verdict\`, W2 \`block\`, W3 \`block\` and \`name\`,
  W4/W5 an array of named blocks, W6 \`reasons\`).
- **plain React**: the same markup as plain React elements fed precomputed display values (no
  normalization, catalog, provider, error boundaries or tooltip triggers; table rows memoized):
  the React lower bound.
- **hand-written DOM**: the same markup built with \`document.createElement\`: the practical floor.
- Before measuring, the harness checks that every baseline renders exactly the library's markup
  (attributes, text and structure; generated ids aside).
- Timed: \`flushSync(() => root.render(…))\` (or the DOM build), then \`document.body.offsetHeight\`.
  Data generation and \`createRoot\` happen before the clock starts. W5 mounts W4 untimed, then
  times the update with a tenth of the verdicts changed (unchanged blocks keep their identity).
- The page starts Intl once before timing (ICU's start-up, 20–40 ms on a fresh page, is a cost of
  the page, not of a screen); each variant builds and caches its own number formatters on first
  use, inside the timed region.
- Variants run round-robin, one warm-up round discarded; the page is a Vite production build
  (React's production build, minified) served from 127.0.0.1.
`;
}

export async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const report = await runBench(options);
  console.log(`\n${report.table}\n`);
  if (options.out) {
    await writeFile(options.out, report.markdown);
    console.log(`Written to ${options.out}`);
  } else {
    console.log('Quick run: bench/results.md left as it was (pass --out <file> to write a report).');
  }
}
