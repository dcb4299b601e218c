// The practical floor: the same markup built with document.createElement, no framework at all.
import { TONE_ORDER, TONE_WORDS, type BadgeItem, type ReasonItem, type ToneName, type VerdictEntry } from '../data';
import type { TableView } from './baseline';
import { formatInteger, formatPercent } from './formats';
import { SORT_ICON_PATHS, TONE_ICON_PATHS } from './icons';

const SVG = 'http://www.w3.org/2000/svg';

let nextId = 0;
const newId = () => `dom-${(nextId += 1)}`;

function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name] as string);
  node.append(...children);
  return node;
}

function svg(className: string, path: string, evenOdd: boolean): SVGElement {
  const icon = document.createElementNS(SVG, 'svg');
  icon.setAttribute('class', className);
  icon.setAttribute('viewBox', '0 0 16 16');
  icon.setAttribute('width', '1em');
  icon.setAttribute('height', '1em');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('fill', 'currentColor');
  if (evenOdd) shape.setAttribute('fill-rule', 'evenodd');
  shape.setAttribute('d', path);
  icon.append(shape);
  return icon;
}

const toneIcon = (tone: ToneName) => svg('dblk-icon', TONE_ICON_PATHS[tone], true);

function badge(verdict: VerdictEntry): HTMLElement {
  const word = TONE_WORDS[verdict.tone];
  const node = element(
    'span',
    { class: 'dblk-badge', 'data-tone': verdict.tone, 'data-size': 'md', 'data-variant': 'subtle' },
    toneIcon(verdict.tone),
    element('span', { class: 'dblk-badge__label' }, verdict.label),
  );
  if (verdict.label.toLowerCase() !== word.toLowerCase()) {
    node.append(element('span', { class: 'dblk-visually-hidden' }, ` (${word})`));
  }
  return node;
}

function reason(item: ReasonItem): HTMLElement {
  const { code, tone } = item.code;
  const chip =
    tone === null
      ? element('code', { class: 'dblk-code' }, code)
      : element(
          'button',
          { type: 'button', class: 'dblk-code', 'aria-label': `Reason code ${code}` },
          element('code', {}, code),
        );
  const node = element(
    'li',
    { class: 'dblk-reason' },
    chip,
    element('span', { class: 'dblk-reason__text' }, item.raw.details),
  );
  if (tone !== null) node.setAttribute('data-tone', tone);
  return node;
}

function reasons(items: readonly ReasonItem[], max: number): Node[] {
  if (items.length === 0) {
    return [element('p', { class: 'dblk-reasons-empty', 'data-size': 'md', 'data-empty': '' }, 'No reasons given')];
  }
  const id = newId();
  const hidden = Math.max(0, items.length - max);
  const list = element('ul', { id, class: 'dblk-reasons', role: 'list', 'data-size': 'md' });
  for (const item of hidden === 0 ? items : items.slice(0, max)) list.append(reason(item));
  if (hidden === 0) return [list];
  const more = element(
    'button',
    {
      type: 'button',
      class: 'dblk-button dblk-reasons-more',
      'aria-expanded': 'false',
      'aria-controls': id,
      'data-size': 'md',
    },
    `Show ${formatInteger(hidden)} more`,
  );
  return [list, more];
}

export function domBadges(container: HTMLElement, items: readonly BadgeItem[]): void {
  const root = element('div', { class: 'bench' });
  for (const item of items) root.append(badge(item.verdict));
  container.append(root);
}

function sortHeader(label: string, sorted: boolean): HTMLElement {
  const header = element(
    'th',
    { scope: 'col', class: 'dblk-checks__header' },
    element(
      'button',
      { type: 'button', class: 'dblk-checks__sort' },
      label,
      svg('dblk-icon dblk-checks__sort-icon', sorted ? SORT_ICON_PATHS.ascending : SORT_ICON_PATHS.none, false),
    ),
  );
  if (sorted) header.setAttribute('aria-sort', 'ascending');
  return header;
}

export function domTable(container: HTMLElement, view: TableView): void {
  const tableId = newId();
  const filter = element(
    'div',
    { role: 'group', 'aria-label': 'Show checks by decision', class: 'dblk-checks__filter' },
    element(
      'button',
      { type: 'button', class: 'dblk-checks__filter-option', 'aria-pressed': 'true', 'aria-controls': tableId },
      'All',
    ),
  );
  for (const tone of TONE_ORDER) {
    if (view.counts[tone] === 0) continue;
    filter.append(
      element(
        'button',
        {
          type: 'button',
          class: 'dblk-checks__filter-option',
          'data-tone': tone,
          'aria-pressed': 'false',
          'aria-controls': tableId,
        },
        toneIcon(tone),
        element('span', {}, TONE_WORDS[tone]),
        ' ',
        element('span', { class: 'dblk-checks__count' }, formatInteger(view.counts[tone])),
      ),
    );
  }
  const body = document.createElement('tbody');
  for (const item of view.rows) {
    const score = element('td', { class: 'dblk-checks__cell dblk-checks__score' });
    if (item.score === null) {
      score.setAttribute('data-empty', '');
      score.append(element('span', { class: 'dblk-checks__muted' }, 'No score'));
    } else {
      score.append(formatPercent(item.score));
    }
    body.append(
      element(
        'tr',
        { class: 'dblk-checks__row', 'data-tone': item.verdict.tone },
        element('th', { scope: 'row', class: 'dblk-checks__name' }, item.label),
        element('td', { class: 'dblk-checks__cell' }, badge(item.verdict)),
        score,
        element('td', { class: 'dblk-checks__cell' }, ...reasons(item.reasons, 3)),
      ),
    );
  }
  const table = element(
    'table',
    { class: 'dblk-checks', id: tableId },
    element('caption', { class: 'dblk-checks__caption' }, 'Decision checks'),
    element(
      'thead',
      {},
      element(
        'tr',
        {},
        sortHeader('Check', false),
        sortHeader('Decision', true),
        sortHeader('Score', false),
        element('th', { scope: 'col', class: 'dblk-checks__header' }, 'Reasons'),
      ),
    ),
    body,
  );
  container.append(
    element(
      'div',
      { class: 'bench' },
      element('div', { class: 'dblk-checks-wrapper', 'data-size': 'md' }, filter, table),
    ),
  );
}
