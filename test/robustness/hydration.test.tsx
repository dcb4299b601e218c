import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  DecisionBlocksProvider,
  ReasonList,
  ScoreMeter,
  SessionDecision,
} from '../../src';
import { germanMessages } from '../../src/locales';
import { failedBiometric, untrustedDevice } from '../helpers';
import { throwingTitleCatalog } from './hostile';

// jsdom counterpart of test/browser/csp.test.ts: every component hydrates the markup it rendered
// on the server without a mismatch. React reports mismatches through onRecoverableError and
// console.error; test/setup.ts fails the test on the latter.

const checks = {
  AuthenticationResult: failedBiometric,
  DeviceSignals: untrustedDevice,
  Liveness: { verdict: 'skipped' },
};
const many = Array.from({ length: 12 }, (_, index) => ({ code: `C${index}`, details: `Reason ${index}` }));

const lone = 'ab\uD800cd';

const sharedIds = [
  { id: 7, name: 'First', verdict: 'failure' },
  { id: 7, name: 'Second', verdict: 'failure' },
  { id: '7', name: 'Third', verdict: 'passed' },
];

const cases: [string, ReactElement][] = [
  ['DecisionBadge', <DecisionBadge block={untrustedDevice} tooltip="Device could not be trusted" />],
  ['ScoreMeter', <ScoreMeter block={untrustedDevice} thresholds={{ caution: 50, critical: 30 }} />],
  ['ReasonList', <ReasonList reasons={many} />],
  ['DataChecksTable', <DataChecksTable checks={checks} />],
  ['DataBlockCard', <DataBlockCard block={untrustedDevice} name="DeviceSignals" />],
  ['SessionDecision (table)', <SessionDecision outcome="rejected" checks={checks} title="Session" />],
  [
    'SessionDecision (cards)',
    <SessionDecision session={{ decisionOutcome: 'approved', dataBlocks: checks }} layout="cards" />,
  ],
  [
    'every component with missing data',
    <>
      <DecisionBadge />
      <ScoreMeter />
      <ReasonList />
      <DataChecksTable />
      <DataBlockCard />
      <SessionDecision />
    </>,
  ],
  [
    'text with a lone surrogate "ab\\uD800cd"',
    <>
      <DecisionBadge verdict={lone} label={lone} />
      <ReasonList reasons={[{ code: lone, details: lone }, lone] as never} />
      <DataChecksTable checks={{ [lone]: { verdict: lone, reasons: [{ details: lone }] } }} caption={lone} />
      <SessionDecision outcome={lone} checks={[{ name: lone, verdict: lone }]} layout="cards" title={lone} />
    </>,
  ],
  [
    'checks that share an id',
    <>
      <DataChecksTable checks={sharedIds} />
      <SessionDecision checks={sharedIds} layout="cards" />
    </>,
  ],
  [
    'a component whose catalog entry throws (the fallback note)',
    <DecisionBlocksProvider catalog={throwingTitleCatalog()} onRenderError={() => {}}>
      <ReasonList block={untrustedDevice} />
      <SessionDecision outcome="rejected" checks={checks} layout="cards" />
    </DecisionBlocksProvider>,
  ],
  [
    'every component in German',
    <DecisionBlocksProvider locale="de" messages={germanMessages}>
      <ScoreMeter block={untrustedDevice} />
      <SessionDecision outcome="review" checks={checks} layout="cards" />
      <DataChecksTable checks={checks} />
    </DecisionBlocksProvider>,
  ],
];

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

describe('hydration in jsdom', () => {
  it.each(cases)('hydrates %s without a mismatch and keeps the server markup', async (_name, element) => {
    const html = renderToString(element);
    const container = document.createElement('div');
    containers.push(container);
    document.body.append(container);
    container.innerHTML = html;
    // As the parser serializes it (e.g. a no-break space becomes &nbsp;), to compare like with like.
    const serverMarkup = container.innerHTML;
    const recoverable: unknown[] = [];
    const root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    await act(async () => {});
    expect(recoverable).toEqual([]);
    expect(container.innerHTML).toBe(serverMarkup);
    // The server's useId ids are the ones the hydrated tree uses.
    for (const labelled of container.querySelectorAll('[aria-labelledby]')) {
      expect(document.getElementById(labelled.getAttribute('aria-labelledby')!)).not.toBeNull();
    }
    act(() => root.unmount());
  });

  it('detects a mismatch (control)', async () => {
    const container = document.createElement('div');
    containers.push(container);
    document.body.append(container);
    container.innerHTML = renderToString(<DecisionBadge verdict="approved" />);
    const recoverable: unknown[] = [];
    const root = hydrateRoot(container, <DecisionBadge verdict="rejected" />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
    await act(async () => {});
    expect(recoverable.length).toBeGreaterThan(0);
    expect(container.textContent).toContain('Rejected');
    act(() => root.unmount());
  });
});

/**
 * Replaces the runtime's default locale for Intl and navigator.language, as a browser in another
 * country has it; returns the undo.
 */
function defaultLocaleIs(locale: string): () => void {
  const originals = { NumberFormat: Intl.NumberFormat, PluralRules: Intl.PluralRules, Collator: Intl.Collator };
  for (const [name, Original] of Object.entries(originals)) {
    const Constructor = Original as unknown as new (locales?: unknown, options?: unknown) => object;
    function WithDefault(locales?: unknown, options?: unknown) {
      return new Constructor(locales ?? locale, options);
    }
    Object.assign(WithDefault, Original);
    WithDefault.prototype = Original.prototype;
    (Intl as unknown as Record<string, unknown>)[name] = WithDefault;
  }
  const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue(locale);
  return () => {
    Object.assign(Intl, originals);
    language.mockRestore();
  };
}

/** A fresh copy of React and the library, with empty formatter caches: one per "machine". */
async function freshMachine() {
  vi.resetModules();
  return {
    lib: await import('../../src'),
    react: await import('react'),
    server: await import('react-dom/server'),
    client: await import('react-dom/client'),
  };
}

type Machine = Awaited<ReturnType<typeof freshMachine>>;

describe('hydration across default locales', () => {
  it('renders the same numbers on a server in en-US and in a browser whose default is de-DE', async () => {
    const tree = ({ lib, react }: Machine) =>
      react.createElement(
        react.Fragment,
        null,
        react.createElement(lib.ScoreMeter, { score: 28.3 }),
        react.createElement(lib.ReasonList, { reasons: many }),
        react.createElement(lib.SessionDecision, { outcome: 'rejected', checks: { A: { score: 1234.5 }, B: {} } }),
      );

    let undo = defaultLocaleIs('en-US');
    const serverSide = await freshMachine();
    const html = serverSide.server.renderToString(tree(serverSide));
    undo();
    expect(html).toContain('28.3%');
    expect(html).toContain('1,234.5%');

    undo = defaultLocaleIs('de-DE');
    try {
      // The control: with this default, a format that asks for no locale writes German numbers.
      expect(new Intl.NumberFormat(undefined, { style: 'percent' }).format(0.5)).toMatch(/^50\s%$/);
      const browser = await freshMachine();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
      const container = document.createElement('div');
      containers.push(container);
      document.body.append(container);
      container.innerHTML = html;
      const serverMarkup = container.innerHTML;
      const recoverable: unknown[] = [];
      let root: { unmount: () => void } | undefined;
      await browser.react.act(async () => {
        root = browser.client.hydrateRoot(container, tree(browser), {
          onRecoverableError: (error) => recoverable.push(error),
        });
      });
      expect(recoverable).toEqual([]);
      expect(container.innerHTML).toBe(serverMarkup);
      browser.react.act(() => root?.unmount());
    } finally {
      undo();
    }
  });
});
