import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  DecisionBlocksProvider,
  germanMessages,
  ReasonList,
  ScoreMeter,
  SessionDecision,
} from '../../src';
import { failedBiometric, untrustedDevice } from '../helpers';

// jsdom counterpart of test/browser/csp.test.ts: every component hydrates the markup it rendered
// on the server without a mismatch. React reports mismatches through onRecoverableError and
// console.error; test/setup.ts fails the test on the latter.

const checks = {
  AuthenticationResult: failedBiometric,
  DeviceSignals: untrustedDevice,
  Liveness: { verdict: 'skipped' },
};
const many = Array.from({ length: 12 }, (_, index) => ({ code: `C${index}`, details: `Reason ${index}` }));

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
