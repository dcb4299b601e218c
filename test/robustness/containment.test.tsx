import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  DecisionBlocksProvider,
  ReasonList,
  ScoreMeter,
  SessionDecision,
  type ReasonCatalog,
} from '../../src';
import { allowConsoleErrors, untrustedDevice } from '../helpers';

/** A host catalog entry whose title getter throws: only a component that looks RC004 up can fail. */
function throwingCatalog(): ReasonCatalog {
  const entry = {};
  Object.defineProperty(entry, 'title', {
    enumerable: true,
    get() {
      throw new Error('catalog getter');
    },
  });
  return { RC004: entry as never };
}

const broken = { verdict: 'not_trusted', score: 28.3, reasons: [{ code: 'RC004' }] };
const healthy = { verdict: 'passed', score: 90, reasons: [{ code: 'OK', details: 'Clean' }] };

// The error reaches the nearest boundary: the component's own, or that of a public component it
// nests (ReasonList, DataChecksTable, DataBlockCard). Which one is an implementation choice.
const cases: [string, ReactElement, readonly string[]][] = [
  ['ReasonList', <ReasonList block={broken} />, ['ReasonList']],
  [
    'DataChecksTable',
    <DataChecksTable checks={{ DeviceSignals: broken, Document: healthy }} />,
    ['DataChecksTable', 'ReasonList'],
  ],
  ['DataBlockCard', <DataBlockCard block={broken} name="DeviceSignals" />, ['DataBlockCard', 'ReasonList']],
  [
    'SessionDecision (table)',
    <SessionDecision outcome="rejected" checks={{ DeviceSignals: broken, Document: healthy }} />,
    ['SessionDecision', 'DataChecksTable', 'ReasonList'],
  ],
  [
    'SessionDecision (cards)',
    <SessionDecision outcome="rejected" checks={{ DeviceSignals: broken, Document: healthy }} layout="cards" />,
    ['SessionDecision', 'DataBlockCard', 'ReasonList'],
  ],
];

describe('a catalog entry with a throwing getter', () => {
  it.each(cases)(
    'is contained in %s: fallback note, onRenderError, siblings and host keep rendering',
    (_name, element, boundaries) => {
      allowConsoleErrors();
      const onRenderError = vi.fn();
      render(
        <main>
          <h1>Host page</h1>
          <DecisionBlocksProvider onRenderError={onRenderError} catalog={throwingCatalog()}>
            <DecisionBadge verdict="approved" />
            <section aria-label="Under test">{element}</section>
            <ReasonList reasons={[{ code: 'OK', details: 'Sibling list' }]} />
          </DecisionBlocksProvider>
          <p>Host footer</p>
        </main>,
      );
      const underTest = screen.getByRole('region', { name: 'Under test' });
      expect(within(underTest).getByText('Decision data unavailable')).toBeInTheDocument();
      expect(onRenderError).toHaveBeenCalled();
      for (const [error, info] of onRenderError.mock.calls) {
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toBe('catalog getter');
        expect(boundaries).toContain((info as { componentName: string }).componentName);
      }
      // Siblings inside and outside the provider, and the host tree, are untouched.
      expect(screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument();
      expect(screen.getByText('Host footer')).toBeInTheDocument();
      expect(screen.getByText('Approved')).toBeInTheDocument();
      expect(screen.getByText('Sibling list')).toBeInTheDocument();
      expect(screen.getAllByText('Decision data unavailable')).toHaveLength(onRenderError.mock.calls.length);
    },
  );

  it('fails nothing while the broken entry is not looked up', () => {
    const onRenderError = vi.fn();
    render(
      <DecisionBlocksProvider onRenderError={onRenderError} catalog={throwingCatalog()}>
        <SessionDecision outcome="approved" checks={{ Document: healthy }} layout="cards" />
        <ReasonList block={{ reasons: [{ code: 'RE011' }] }} />
      </DecisionBlocksProvider>,
    );
    expect(onRenderError).not.toHaveBeenCalled();
    expect(screen.queryByText('Decision data unavailable')).not.toBeInTheDocument();
    expect(screen.getByText('Clean')).toBeInTheDocument();
  });

  it('ignores and reports a catalog whose entry itself is a throwing getter', () => {
    const onRenderError = vi.fn();
    const catalog = {};
    Object.defineProperty(catalog, 'RC004', {
      enumerable: true,
      get() {
        throw new Error('entry getter');
      },
    });
    render(
      <DecisionBlocksProvider onRenderError={onRenderError} catalog={catalog}>
        <ReasonList block={untrustedDevice} />
        <DecisionBadge block={untrustedDevice} />
      </DecisionBlocksProvider>,
    );
    expect(screen.queryByText('Decision data unavailable')).not.toBeInTheDocument();
    // The default catalog's RC004 stays in force.
    expect(screen.getByRole('button', { name: 'Reason code RC004' })).toBeInTheDocument();
    expect(screen.getByText('Not trusted')).toBeInTheDocument();
    expect(onRenderError).toHaveBeenCalledWith(
      expect.any(TypeError),
      expect.objectContaining({ componentName: 'DecisionBlocksProvider' }),
    );
  });
});

describe('badges and meters keep a boundary for what can throw outside their reading', () => {
  function Throws(): never {
    throw new Error('host label');
  }
  const revokedStyle = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it.each([
    ['DecisionBadge with a host element as label that throws', <DecisionBadge verdict="passed" label={<Throws />} />],
    ['DecisionBadge with a revoked Proxy as style', <DecisionBadge verdict="passed" style={revokedStyle()} />],
    ['ScoreMeter with a host element as label that throws', <ScoreMeter score={40} label={<Throws />} />],
    ['ScoreMeter with a revoked Proxy as style', <ScoreMeter score={40} style={revokedStyle()} />],
  ])('%s: shows the fallback beside its healthy siblings and reports it', (_name, element) => {
    allowConsoleErrors();
    const onRenderError = vi.fn();
    render(
      <DecisionBlocksProvider onRenderError={onRenderError}>
        <DecisionBadge verdict="not_trusted" />
        {element}
        <ScoreMeter score={90} />
      </DecisionBlocksProvider>,
    );
    expect(screen.getByText('Decision data unavailable')).toBeInTheDocument();
    expect(screen.getByText('Not trusted')).toBeInTheDocument();
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '90');
    expect(onRenderError).toHaveBeenCalledTimes(1);
  });
});
