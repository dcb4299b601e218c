// The benchmark page. The harness opens a fresh page per trial and calls `window.bench.measure`
// once: data is generated and the React root created outside the timed region; the timed region
// runs from the synchronous render (or DOM build) until layout has been forced.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/theme/tokens.css';
import '../../src/theme/badge.css';
import '../../src/theme/card.css';
import '../../src/theme/checks.css';
import '../../src/theme/meter.css';
import '../../src/theme/reasons.css';
import '../../src/theme/session.css';
import {
  badgeData,
  cardData,
  changeVerdicts,
  checkData,
  meterData,
  reasonData,
  sortBySeverity,
  toneCounts,
  type CheckItem,
} from '../data';
import type { RunSpec, Timing, Variant, WorkloadId } from '../workloads';
import {
  BaselineBadges,
  BaselineCards,
  BaselineMeters,
  BaselineReasons,
  BaselineTable,
  type TableView,
} from './baseline';
import { domBadges, domTable } from './dom';
import { OurBadges, OurCards, OurMeters, OurReasons, OurTable } from './ours';

// ICU starts up with a page's first Intl formatter (20–40 ms on a fresh page here): a cost of
// the page, not of any one screen, so it is paid once before anything is timed.
new Intl.NumberFormat(undefined, { style: 'percent' }).format(0);

interface Scenario {
  /** Untimed: everything the timed step must not pay for. */
  prepare(container: HTMLElement): void;
  /** Timed. */
  run(): void;
}

function forceLayout(): void {
  void document.body.offsetHeight;
}

/** Mounts `element`; with `before`, first mounts that (untimed) so the timed step is an update. */
function react(element: () => ReactElement, before?: () => ReactElement): Scenario {
  let root: ReturnType<typeof createRoot> | undefined;
  return {
    prepare(container) {
      root = createRoot(container);
      if (before) {
        flushSync(() => root?.render(before()));
        forceLayout();
      }
    },
    run() {
      flushSync(() => root?.render(element()));
    },
  };
}

function dom(build: (container: HTMLElement) => void): Scenario {
  let target: HTMLElement | undefined;
  return {
    prepare(container) {
      target = container;
    },
    run() {
      if (target) build(target);
    },
  };
}

function tableView(items: readonly CheckItem[]): TableView {
  return { rows: sortBySeverity(items), counts: toneCounts(items) };
}

type ScenarioFactory = (size: number, seed: number) => Scenario;

const scenarios: Record<WorkloadId, Partial<Record<Variant, ScenarioFactory>>> = {
  W1: {
    ours: (size, seed) => {
      const items = badgeData(size, seed);
      return react(() => <OurBadges items={items} />);
    },
    react: (size, seed) => {
      const items = badgeData(size, seed);
      return react(() => <BaselineBadges items={items} />);
    },
    dom: (size, seed) => {
      const items = badgeData(size, seed);
      return dom((container) => domBadges(container, items));
    },
  },
  W2: {
    ours: (size, seed) => {
      const items = meterData(size, seed);
      return react(() => <OurMeters items={items} />);
    },
    react: (size, seed) => {
      const items = meterData(size, seed);
      return react(() => <BaselineMeters items={items} />);
    },
  },
  W3: {
    ours: (size, seed) => {
      const items = cardData(size, seed);
      return react(() => <OurCards items={items} />);
    },
    react: (size, seed) => {
      const items = cardData(size, seed);
      return react(() => <BaselineCards items={items} />);
    },
  },
  W4: {
    ours: (size, seed) => {
      const checks = checkData(size, seed).map((item) => item.block);
      return react(() => <OurTable checks={checks} />);
    },
    react: (size, seed) => {
      const view = tableView(checkData(size, seed));
      return react(() => <BaselineTable view={view} />);
    },
    dom: (size, seed) => {
      const view = tableView(checkData(size, seed));
      return dom((container) => domTable(container, view));
    },
  },
  W5: {
    ours: (size, seed) => {
      const items = checkData(size, seed);
      const before = items.map((item) => item.block);
      const after = changeVerdicts(items, seed).map((item) => item.block);
      return react(
        () => <OurTable checks={after} />,
        () => <OurTable checks={before} />,
      );
    },
    react: (size, seed) => {
      const items = checkData(size, seed);
      const before = tableView(items);
      const after = tableView(changeVerdicts(items, seed));
      return react(
        () => <BaselineTable view={after} />,
        () => <BaselineTable view={before} />,
      );
    },
  },
  W6: {
    ours: (size, seed) => {
      const reasons = reasonData(size, seed).map((item) => item.raw);
      return react(() => <OurReasons reasons={reasons} />);
    },
    react: (size, seed) => {
      const items = reasonData(size, seed);
      return react(() => <BaselineReasons items={items} />);
    },
  },
};

function scenario(spec: RunSpec): Scenario {
  const factory = scenarios[spec.workload][spec.variant];
  if (!factory) throw new Error(`${spec.workload} has no ${spec.variant} variant`);
  const prepared = factory(spec.size, spec.seed);
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  prepared.prepare(container);
  return prepared;
}

const ID_REFERENCES = new Set(['id', 'aria-labelledby', 'aria-controls', 'aria-describedby', 'for']);

/**
 * The markup as a canonical string: attributes sorted, adjacent text merged, generated ids
 * renamed in order of appearance. Two variants that render the same DOM give the same string.
 */
function canonicalMarkup(root: Node): string {
  const ids = new Map<string, string>();
  const rename = (value: string) =>
    value
      .split(/\s+/)
      .map((token) => {
        if (!ids.has(token)) ids.set(token, `id${ids.size + 1}`);
        return ids.get(token);
      })
      .join(' ');
  const write = (node: Node): string => {
    if (!(node instanceof Element)) return '';
    const attributes = [...node.attributes]
      .map((attribute) => [
        attribute.name,
        ID_REFERENCES.has(attribute.name) ? rename(attribute.value) : attribute.value,
      ])
      .sort(([a], [b]) => (a as string).localeCompare(b as string))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
    let inner = '';
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.textContent ?? '';
        continue;
      }
      inner += text + write(child);
      text = '';
    }
    return `<${node.tagName.toLowerCase()}${attributes}>${inner}${text}</${node.tagName.toLowerCase()}>`;
  };
  return [...root.childNodes].map(write).join('');
}

declare global {
  interface Window {
    bench: {
      /**
       * Milliseconds from the start of the render (or DOM build) until after layout (`total`),
       * and until the render or build returned, before style and layout (`render`).
       */
      measure(spec: RunSpec): Timing;
      /** The canonical markup the variant renders (for W5, after the update). */
      markup(spec: RunSpec): string;
    };
  }
}

window.bench = {
  measure(spec) {
    const prepared = scenario(spec);
    const start = performance.now();
    prepared.run();
    const rendered = performance.now();
    forceLayout();
    return { total: performance.now() - start, render: rendered - start };
  },
  markup(spec) {
    scenario(spec).run();
    forceLayout();
    return canonicalMarkup(document.getElementById('root') as HTMLElement);
  },
};
