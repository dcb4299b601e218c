// What every variant's page shares (without React, which the vanilla DOM page does not load).
// The harness opens a fresh page per trial and calls
// `window.bench.measure` once: data is generated and the React root created outside the timed
// region; the timed region runs from the synchronous render (or DOM build) until layout has been
// forced, then adds the next frame's work (paint, and any layout the browser left for it). What
// the run rendered is counted and checked after the clock stopped.
import { expectations, type Expectation } from '../expected';
import type { Measurement, RunSpec, WorkloadId } from '../workloads';

// ICU starts up with a page's first Intl formatter (20–40 ms on a fresh page here): a cost of
// the page, not of any one screen, so it is paid once before anything is timed.
new Intl.NumberFormat(undefined, { style: 'percent' }).format(0);

export interface Scenario {
  /** Untimed: everything the timed step must not pay for, such as the first mount of an update. */
  prepare(container: HTMLElement): void;
  /** Timed. */
  run(): void;
}

export type Scenarios = Record<WorkloadId, (size: number, seed: number) => Scenario>;

export function forceLayout(): void {
  void document.body.offsetHeight;
}

/** Builds into the container; with `update`, builds untimed first and times the update instead. */
export function domScenario<T>(build: (container: HTMLElement) => T, update?: (built: T) => void): Scenario {
  let target: HTMLElement | undefined;
  let built: T | undefined;
  return {
    prepare(container) {
      target = container;
      if (update) {
        built = build(container);
        forceLayout();
      }
    },
    run() {
      if (update) update(built as T);
      else if (target) build(target);
    },
  };
}

function ownText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
  return text.trim();
}

function missingTexts(root: HTMLElement, expectation: Expectation): string[] {
  const scopes = expectation.scope === 'root' ? [root] : [...root.querySelectorAll('tbody')];
  const found = new Map<string, number>();
  for (const scope of scopes) {
    for (const element of scope.querySelectorAll('*')) {
      const text = ownText(element);
      if (expectation.texts.has(text)) found.set(text, (found.get(text) ?? 0) + 1);
    }
  }
  // A windowed table mounts the rows in view and states the rest in aria-rowcount (plus the
  // header row): what it shows must be part of the data, and its row count must be the data's.
  const windowed = expectation.scope === 'tbody' ? root.querySelector('table[aria-rowcount]') : null;
  if (windowed) {
    const rowCount = Number(windowed.getAttribute('aria-rowcount'));
    const problems = [...found]
      .filter(([text, count]) => count > (expectation.texts.get(text) ?? 0))
      .map(
        ([text, count]) =>
          `“${text}” ${count} times in a windowed table, expected at most ${expectation.texts.get(text)}`,
      );
    if (rowCount !== (expectation.rows ?? 0) + 1)
      problems.push(`aria-rowcount ${rowCount}, expected ${(expectation.rows ?? 0) + 1}`);
    if (found.size === 0) problems.push('a windowed table with no rows mounted');
    return problems;
  }
  return [...expectation.texts]
    .filter(([text, count]) => found.get(text) !== count)
    .map(([text, count]) => `“${text}” ${found.get(text) ?? 0} times in ${expectation.scope}, expected ${count}`);
}

/**
 * The main thread's work in the next rendered frame: from its animation-frame callbacks until the
 * task after its style, layout and paint. The idle wait for that frame is not counted.
 */
function nextFrameWork(): Promise<number> {
  return new Promise((done) => {
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now() - frameStart);
      channel.port2.postMessage(null);
    });
  });
}

declare global {
  interface Window {
    bench: { measure(spec: RunSpec): Promise<Measurement> };
  }
}

export function startPage(scenarios: Scenarios): void {
  window.bench = {
    async measure(spec) {
      const root = document.getElementById('root');
      if (!root) throw new Error('the page has no #root');
      const scenario = scenarios[spec.workload](spec.size, spec.seed);
      scenario.prepare(root);
      // The data was generated just now: collecting it here keeps its garbage, and the copying
      // of the freshly built data out of the young generation, out of the timed region. Every
      // variant gets the same (the harness starts Chromium with --expose-gc).
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      scenario.run();
      const rendered = performance.now();
      forceLayout();
      const laidOut = performance.now() - start;
      const frame = await nextFrameWork();
      return {
        total: laidOut + frame,
        frame,
        render: rendered - start,
        elements: root.querySelectorAll('*').length,
        missing: expectations(spec.workload, spec.size, spec.seed).flatMap((expectation) =>
          missingTexts(root, expectation),
        ),
      };
    },
  };
}
