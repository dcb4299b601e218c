// Vanilla DOM: the same screens as the hand-written React ones, built with
// document.createElement, and updated by replacing the rows whose data changed.
import {
  badgeData,
  cardData,
  changeOneVerdict,
  changeVerdicts,
  checkData,
  meterData,
  reasonData,
  sessionData,
  type CardItem,
  type CheckItem,
  type ReasonItem,
  type VerdictEntry,
} from '../data';
import { scoreText } from '../expected';
import { domScenario, startPage } from './page';
import './plain.css';

function element(tag: string, className: string | null, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function badge(verdict: VerdictEntry): HTMLElement {
  return element('span', `badge ${verdict.tone}`, verdict.label);
}

function meter(score: number | null): HTMLElement {
  if (score === null) return element('div', 'meter muted', 'No score');
  const bar = document.createElement('progress');
  bar.max = 100;
  bar.value = score;
  return element('div', 'meter', element('span', null, `${score}%`), bar);
}

function reasons(items: readonly ReasonItem[], max: number): Node[] {
  const list = element('ul', 'reasons');
  const line = (reason: ReasonItem) => element('li', null, element('code', null, reason.code), ` ${reason.details}`);
  list.append(...items.slice(0, max).map(line));
  const hidden = items.length - max;
  if (hidden <= 0) return [list];
  const more = document.createElement('button');
  more.type = 'button';
  more.append(`Show ${hidden.toLocaleString()} more`);
  more.addEventListener('click', () => {
    list.append(...items.slice(max).map(line));
    more.remove();
  });
  return [list, more];
}

function card(item: CardItem): HTMLElement {
  return element(
    'section',
    'card',
    element('div', 'card-header', element('h3', null, item.name.label), badge(item.verdict)),
    meter(item.score),
    ...reasons(item.reasons, 10),
  );
}

function cards(items: readonly CardItem[]): HTMLElement {
  return element('div', 'cards', ...items.map(card));
}

function row(item: CheckItem): HTMLElement {
  return element(
    'tr',
    null,
    element('td', null, item.label),
    element('td', null, badge(item.verdict)),
    element('td', null, scoreText(item.score)),
    element('td', null, ...reasons(item.reasons, 3)),
  );
}

interface Table {
  node: HTMLElement;
  rows: Map<number, { item: CheckItem; row: HTMLElement }>;
}

function table(items: readonly CheckItem[]): Table {
  const rows = new Map<number, { item: CheckItem; row: HTMLElement }>();
  const body = element('tbody', null);
  for (const item of items) {
    const built = row(item);
    rows.set(item.block.id, { item, row: built });
    body.append(built);
  }
  const head = element(
    'tr',
    null,
    ...['Check', 'Decision', 'Score', 'Reasons'].map((text) => element('th', null, text)),
  );
  return { node: element('table', 'checks', element('thead', null, head), body), rows };
}

/** Rebuilds only the rows whose item changed, as a hand-written update would. */
function updateTable(built: Table, items: readonly CheckItem[]): void {
  for (const item of items) {
    const entry = built.rows.get(item.block.id);
    if (!entry || entry.item === item) continue;
    const replacement = row(item);
    entry.row.replaceWith(replacement);
    built.rows.set(item.block.id, { item, row: replacement });
  }
}

function mountTable(container: HTMLElement, items: readonly CheckItem[]): Table {
  const built = table(items);
  container.append(built.node);
  return built;
}

startPage({
  W1: (size, seed) => {
    const items = badgeData(size, seed);
    return domScenario((container) =>
      container.append(element('div', null, ...items.map((item) => badge(item.verdict)))),
    );
  },
  W2: (size, seed) => {
    const items = meterData(size, seed);
    return domScenario((container) =>
      container.append(element('div', null, ...items.map((item) => meter(item.score)))),
    );
  },
  W3: (size, seed) => {
    const items = cardData(size, seed);
    return domScenario((container) => container.append(cards(items)));
  },
  W4: (size, seed) => {
    const items = checkData(size, seed);
    return domScenario((container) => mountTable(container, items));
  },
  W5: (size, seed) => {
    const items = checkData(size, seed);
    const after = changeVerdicts(items, seed);
    return domScenario(
      (container) => mountTable(container, items),
      (built) => updateTable(built, after),
    );
  },
  W6: (size, seed) => {
    const items = reasonData(size, seed);
    return domScenario((container) => container.append(...reasons(items, 10)));
  },
  W7: (size, seed) => {
    const session = sessionData(size, seed);
    return domScenario((container) =>
      container.append(
        element(
          'main',
          null,
          element('header', 'session-header', element('h2', null, session.title), badge(session.outcome)),
          table(session.checks).node,
          cards(session.cards),
        ),
      ),
    );
  },
  W8: (size, seed) => {
    const items = checkData(size, seed);
    const after = changeOneVerdict(items, seed);
    return domScenario(
      (container) => mountTable(container, items),
      (built) => updateTable(built, after),
    );
  },
});
