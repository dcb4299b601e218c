// The workloads for a variant written in React (hand-written, a peer, or the library): each
// variant supplies one component per screen and this maps the workloads onto them.
import type { ComponentType, ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  badgeData,
  cardData,
  changeOneVerdict,
  changeVerdicts,
  checkData,
  meterData,
  reasonData,
  sessionData,
  type BadgeItem,
  type CardItem,
  type CheckItem,
  type MeterItem,
  type ReasonItem,
  type SessionItem,
} from '../data';
import { forceLayout, type Scenario, type Scenarios } from './page';

/** Mounts `element`; with `before`, first mounts that (untimed) so the timed step is an update. */
function reactScenario(element: () => ReactElement, before?: () => ReactElement): Scenario {
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

export interface ReactVariant {
  Badges: ComponentType<{ items: readonly BadgeItem[] }>;
  Meters: ComponentType<{ items: readonly MeterItem[] }>;
  Cards: ComponentType<{ items: readonly CardItem[] }>;
  /** The checks in the order given; a variant that sorts does so itself, inside the timed region. */
  Table: ComponentType<{ items: readonly CheckItem[] }>;
  /** One long list, collapsed to its first ten reasons and a button that shows the rest. */
  Reasons: ComponentType<{ items: readonly ReasonItem[] }>;
  Session: ComponentType<{ session: SessionItem }>;
}

export function reactScenarios({ Badges, Meters, Cards, Table, Reasons, Session }: ReactVariant): Scenarios {
  const update = (before: CheckItem[], after: CheckItem[]) =>
    reactScenario(
      () => <Table items={after} />,
      () => <Table items={before} />,
    );
  return {
    W1: (size, seed) => {
      const items = badgeData(size, seed);
      return reactScenario(() => <Badges items={items} />);
    },
    W2: (size, seed) => {
      const items = meterData(size, seed);
      return reactScenario(() => <Meters items={items} />);
    },
    W3: (size, seed) => {
      const items = cardData(size, seed);
      return reactScenario(() => <Cards items={items} />);
    },
    W4: (size, seed) => {
      const items = checkData(size, seed);
      return reactScenario(() => <Table items={items} />);
    },
    W5: (size, seed) => {
      const items = checkData(size, seed);
      return update(items, changeVerdicts(items, seed));
    },
    W6: (size, seed) => {
      const items = reasonData(size, seed);
      return reactScenario(() => <Reasons items={items} />);
    },
    W7: (size, seed) => {
      const session = sessionData(size, seed);
      return reactScenario(() => <Session session={session} />);
    },
    W8: (size, seed) => {
      const items = checkData(size, seed);
      return update(items, changeOneVerdict(items, seed));
    },
  };
}
