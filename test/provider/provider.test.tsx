import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DecisionBadge, DecisionBlocksProvider, ReasonList, useDecisionBlocks } from '../../src';
import { allowConsoleErrors } from '../helpers';

function Probe() {
  const { messages, locale, verdictTones, catalog } = useDecisionBlocks();
  return (
    <output>
      {JSON.stringify({
        noVerdict: messages.noVerdict,
        noScore: messages.noScore,
        locale: locale ?? null,
        tones: verdictTones ?? null,
        host: catalog.H1?.title ?? null,
        ok: catalog.OK?.decisionType ?? null,
      })}
    </output>
  );
}

function probe(): Record<string, unknown> {
  return JSON.parse(screen.getByRole('status').textContent ?? '{}') as Record<string, unknown>;
}

describe('DecisionBlocksProvider', () => {
  it('is optional: the defaults apply without it', () => {
    render(<Probe />);
    expect(probe()).toMatchObject({ noVerdict: 'No verdict', locale: null, tones: null, ok: 'PASSED' });
  });

  it('merges messages, catalog and verdict tones over the defaults', () => {
    render(
      <DecisionBlocksProvider
        messages={{ noVerdict: 'Nothing' }}
        catalog={{ H1: { title: 'Host code' } }}
        verdictTones={{ hold: 'caution' }}
        locale="de"
      >
        <Probe />
      </DecisionBlocksProvider>,
    );
    expect(probe()).toEqual({
      noVerdict: 'Nothing',
      noScore: 'No score',
      locale: 'de',
      tones: { hold: 'caution' },
      host: 'Host code',
      ok: 'PASSED',
    });
  });

  it('takes verdict translations as given and leaves out entries that are not text', () => {
    render(
      <DecisionBlocksProvider messages={{ verdicts: { rejected: 'Refusé', failure: 5 as unknown as string } }}>
        <DecisionBadge verdict="REJECTED" />
        <DecisionBadge verdict="failure" />
      </DecisionBlocksProvider>,
    );
    expect(screen.getByText('Refusé')).toBeInTheDocument();
    expect(screen.getByText('Failure')).toBeInTheDocument();
  });

  it('nests: inner providers merge over outer ones', () => {
    render(
      <DecisionBlocksProvider
        messages={{ noVerdict: 'Outer', noScore: 'Outer score' }}
        locale="de"
        verdictTones={{ a: 'critical' }}
      >
        <DecisionBlocksProvider messages={{ noVerdict: 'Inner' }} verdictTones={{ b: 'positive' }}>
          <Probe />
        </DecisionBlocksProvider>
      </DecisionBlocksProvider>,
    );
    expect(probe()).toMatchObject({
      noVerdict: 'Inner',
      noScore: 'Outer score',
      locale: 'de',
      tones: { a: 'critical', b: 'positive' },
    });
  });

  it.each([
    ['null props', { messages: null, catalog: null, locale: null, verdictTones: null }],
    ['an empty locale', { locale: '' }],
    ['messages that are not text', { messages: { noVerdict: 42 } }],
    ['a string as catalog', { catalog: 'nope' }],
  ])('ignores %s', (_name, props) => {
    render(
      <DecisionBlocksProvider {...(props as object)}>
        <Probe />
      </DecisionBlocksProvider>,
    );
    expect(probe()).toMatchObject({ noVerdict: 'No verdict', locale: null, ok: 'PASSED' });
  });
});

/** A host catalog entry whose title getter throws: the component that looks it up fails. */
function throwingEntryCatalog() {
  const entry = {};
  Object.defineProperty(entry, 'title', {
    enumerable: true,
    get() {
      throw new Error('catalog getter');
    },
  });
  return { HOST_X: entry as never };
}

describe('render error containment', () => {
  it('shows "Decision data unavailable", calls onRenderError and keeps siblings rendering', () => {
    allowConsoleErrors();
    const onRenderError = vi.fn();
    render(
      <DecisionBlocksProvider onRenderError={onRenderError}>
        <DecisionBadge verdict="approved" />
        <DecisionBlocksProvider catalog={throwingEntryCatalog()}>
          <ReasonList reasons={[{ code: 'HOST_X' }]} />
        </DecisionBlocksProvider>
        <p>Host content</p>
      </DecisionBlocksProvider>,
    );
    expect(screen.getByText('Decision data unavailable')).toBeInTheDocument();
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onRenderError).toHaveBeenCalledTimes(1);
    expect(onRenderError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    expect(onRenderError.mock.calls[0]?.[1]).toMatchObject({ componentName: 'ReasonList' });
  });

  it('contains a throwing onRenderError handler too', () => {
    allowConsoleErrors();
    render(
      <DecisionBlocksProvider
        catalog={throwingEntryCatalog()}
        onRenderError={() => {
          throw new Error('handler failed');
        }}
      >
        <ReasonList reasons={[{ code: 'HOST_X' }]} />
      </DecisionBlocksProvider>,
    );
    expect(screen.getByText('Decision data unavailable')).toBeInTheDocument();
  });

  it('shows the translated fallback text', () => {
    allowConsoleErrors();
    render(
      <DecisionBlocksProvider catalog={throwingEntryCatalog()} messages={{ unavailable: 'Daten nicht verfügbar' }}>
        <ReasonList reasons={[{ code: 'HOST_X' }]} />
      </DecisionBlocksProvider>,
    );
    expect(screen.getByText('Daten nicht verfügbar')).toBeInTheDocument();
  });

  it('ignores a verdict vocabulary entry whose getter throws, and reports it', () => {
    const onRenderError = vi.fn();
    const throwingTones = {
      get hold(): 'caution' {
        throw new Error('bad vocabulary');
      },
      pause: 'caution' as const,
    };
    render(
      <DecisionBlocksProvider onRenderError={onRenderError} verdictTones={throwingTones}>
        <DecisionBadge verdict="hold" />
        <DecisionBadge verdict="pause" />
      </DecisionBlocksProvider>,
    );
    expect(screen.queryByText('Decision data unavailable')).not.toBeInTheDocument();
    expect(screen.getByText('Hold').closest('[data-tone]')).toHaveAttribute('data-tone', 'unknown');
    expect(screen.getByText('Pause').closest('[data-tone]')).toHaveAttribute('data-tone', 'caution');
    expect(onRenderError).toHaveBeenCalledTimes(1);
    expect(onRenderError.mock.calls[0]?.[1]).toMatchObject({ componentName: 'DecisionBlocksProvider' });
  });
});
