import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  DecisionBlocksProvider,
  ReasonList,
  SessionDecision,
} from '../../src';
import { untrustedDevice } from '../helpers';
import { ownKeysThrowing, revokedProxy } from './hostile';

// test/setup.ts fails any test that logs console.error: each case also proves "no React warning".

const checks = { DeviceSignals: untrustedDevice, Document: { verdict: 'passed' } };

const cases: [string, () => ReactElement, string][] = [
  ['DecisionBadge label', () => <DecisionBadge verdict="failure" label={revokedProxy()} />, 'Failure'],
  ['DecisionBadge tooltip', () => <DecisionBadge verdict="failure" tooltip={revokedProxy()} />, 'Failure'],
  [
    'DataBlockCard title',
    () => <DataBlockCard block={untrustedDevice} name="Device" title={revokedProxy()} />,
    'Device',
  ],
  ['SessionDecision title', () => <SessionDecision outcome="rejected" title={revokedProxy()} />, 'Rejected'],
  ['DataChecksTable caption', () => <DataChecksTable checks={checks} caption={revokedProxy()} />, 'Decision checks'],
  ['ReasonList emptyText', () => <ReasonList reasons={[]} emptyText={revokedProxy()} />, 'No reasons given'],
  ['DataChecksTable sort', () => <DataChecksTable checks={checks} sort={revokedProxy() as never} />, 'Device signals'],
  ['DataChecksTable filter', () => <DataChecksTable checks={checks} filter={revokedProxy() as never} />, 'Document'],
  [
    'DataChecksTable defaultSort',
    () => <DataChecksTable checks={checks} defaultSort={revokedProxy() as never} />,
    'Device signals',
  ],
];

describe('a revoked Proxy as a prop', () => {
  it.each(cases)('as %s is ignored: no fallback, no console.error', (_name, element, text) => {
    const onRenderError = vi.fn();
    render(<DecisionBlocksProvider onRenderError={onRenderError}>{element()}</DecisionBlocksProvider>);
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByText('Decision data unavailable')).not.toBeInTheDocument();
    expect(onRenderError).not.toHaveBeenCalled();
  });
});

describe.each([
  ['a revoked Proxy', revokedProxy],
  ['a Proxy whose ownKeys throws', ownKeysThrowing],
])('%s as a provider setting in the browser', (_name, hostile) => {
  it.each(['catalog', 'messages', 'verdictTones'])(
    'as %s is left out and reported; the host root stays mounted',
    (setting) => {
      const onRenderError = vi.fn();
      render(
        <main>
          <h1>Host page</h1>
          <DecisionBlocksProvider onRenderError={onRenderError} {...{ [setting]: hostile() }}>
            <SessionDecision outcome="rejected" checks={checks} />
          </DecisionBlocksProvider>
        </main>,
      );
      expect(screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument();
      expect(screen.getByText('1 of 2 checks raised issues')).toBeInTheDocument();
      expect(onRenderError).toHaveBeenCalledTimes(1);
      expect(onRenderError).toHaveBeenCalledWith(
        expect.any(TypeError),
        expect.objectContaining({ componentName: 'DecisionBlocksProvider' }),
      );
    },
  );
});
