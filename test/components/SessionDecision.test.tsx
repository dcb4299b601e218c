import { cleanup, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { DecisionBlocksProvider, SessionDecision } from '../../src';
import { germanMessages } from '../../src/locales';
import { failedBiometric, garbageValues, untrustedDevice } from '../helpers';

const seedSession = {
  AuthenticationResult: failedBiometric,
  DeviceSignals: untrustedDevice,
  DocumentCheck: { verdict: 'PASSED', score: 97 },
  AddressCheck: { verdict: 'passed' },
  Watchlist: { verdict: 'not_executed' },
};

function summary(): HTMLElement {
  const element = document.querySelector<HTMLElement>('.dblk-session__summary');
  if (!element) throw new Error('no summary');
  return element;
}

describe('SessionDecision', () => {
  it('shows the outcome as a large badge and a summary of issues', () => {
    const { container } = render(<SessionDecision outcome="rejected" checks={seedSession} />);
    const badge = container.querySelector('.dblk-badge');
    expect(badge).toHaveTextContent('Rejected');
    expect(badge).toHaveAttribute('data-size', 'lg');
    expect(summary()).toHaveTextContent('2 of 5 checks raised issues');
  });

  it('lists the blocks in a table with issue-raising blocks first', () => {
    render(<SessionDecision outcome="rejected" checks={seedSession} />);
    const rows = screen.getAllByRole('row').slice(1);
    const names = rows.map((row) => within(row).getByRole('rowheader').textContent);
    expect(names.slice(0, 2).sort()).toEqual(['Authentication result', 'Device signals']);
    expect(names).toHaveLength(5);
  });

  it('lists the blocks as cards with issue-raising blocks first', () => {
    render(<SessionDecision outcome="rejected" checks={seedSession} layout="cards" />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Authentication result',
      'Device signals',
      'Watchlist',
      'Document check',
      'Address check',
    ]);
  });

  it('uses singular wording for one check', () => {
    render(<SessionDecision outcome="approved" checks={[{ name: 'Only', verdict: 'passed' }]} />);
    expect(summary()).toHaveTextContent('0 of 1 check raised issues');
  });

  it('shows "No decision yet" without an outcome', () => {
    const { container } = render(<SessionDecision checks={seedSession} />);
    expect(container.querySelector('.dblk-badge')?.textContent).toBe('No decision yet');
    expect(container.querySelector('.dblk-session')).toHaveAttribute('data-tone', 'unknown');
  });

  it('marks the missing outcome as missing data, not as a verdict', () => {
    render(<SessionDecision checks={seedSession} />);
    expect(screen.getByText('No decision yet').closest('[data-tone]')).toHaveAttribute('data-empty');
    cleanup();
    render(<SessionDecision checks={seedSession} outcome="approved" />);
    expect(screen.getAllByText('Approved')[0]?.closest('[data-tone]')).not.toHaveAttribute('data-empty');
  });

  it('says so when there are no blocks', () => {
    const { container } = render(<SessionDecision outcome="approved" />);
    expect(summary()).toHaveTextContent('No checks were reported');
    expect(screen.queryByRole('table')).toBeNull();
    expect(container.querySelector('.dblk-session')).toHaveAttribute('data-tone', 'positive');
  });

  it('is marked empty with neither outcome nor blocks', () => {
    const { container } = render(<SessionDecision />);
    expect(container.querySelector('.dblk-session')).toHaveAttribute('data-empty');
  });

  it('reads a whole session object', () => {
    render(<SessionDecision session={{ decisionOutcome: 'rejected', dataBlocks: seedSession }} />);
    expect(summary()).toHaveTextContent('2 of 5 checks raised issues');
    expect(screen.getByText('Rejected')).toBeInTheDocument();
  });

  it('lets outcome and checks props win over the session object', () => {
    render(
      <SessionDecision
        session={{ decisionOutcome: 'rejected', dataBlocks: seedSession }}
        outcome="approved"
        checks={[]}
      />,
    );
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect(summary()).toHaveTextContent('No checks were reported');
  });

  it('renders an optional heading that names the section', () => {
    render(<SessionDecision title="Session 42" headingLevel={4} checks={seedSession} layout="cards" />);
    expect(screen.getByRole('region', { name: 'Session 42' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Session 42');
    expect(screen.getAllByRole('heading', { level: 5 })).toHaveLength(5);
  });

  it('names unnamed cards "Check N"', () => {
    render(<SessionDecision checks={[{ verdict: 'failed' }, { verdict: 'passed' }]} layout="cards" />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Check 1',
      'Check 2',
    ]);
  });

  it('shows cards whose checks share an id as separate cards, each kept when another check changes', () => {
    const first = { id: 1, name: 'First', verdict: 'passed' };
    const second = { id: 1, name: 'Second', verdict: 'passed' };
    const other = { id: 2, name: 'Other', verdict: 'passed' };
    const cards = () => Array.from(document.querySelectorAll('.dblk-session__cards > li'));
    const { rerender } = render(<SessionDecision checks={[first, second, other]} layout="cards" />);
    const [firstCard, secondCard] = cards();
    expect(firstCard).toHaveTextContent('First');
    expect(secondCard).toHaveTextContent('Second');
    rerender(<SessionDecision checks={[first, second, { ...other, verdict: 'failed' }]} layout="cards" />);
    expect(cards().map((card) => card.querySelector('h3')?.textContent)).toEqual(['Other', 'First', 'Second']);
    expect(cards().slice(1)).toEqual([firstCard, secondCard]);
  });

  it('falls back to the table layout for an unknown layout', () => {
    render(<SessionDecision checks={seedSession} layout={'grid' as never} />);
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('passes className (merged), style, ref and DOM attributes to the root', () => {
    const ref = createRef<HTMLElement>();
    const { container } = render(<SessionDecision className="host" style={{ order: 1 }} ref={ref} id="s" />);
    const root = container.querySelector('section');
    expect(root).toHaveClass('dblk-session', 'host');
    expect(root).toHaveAttribute('style', 'order: 1;');
    expect(root).toHaveAttribute('id', 's');
    expect(ref.current).toBe(root);
  });

  it('renders no style attribute unless one is passed', () => {
    const { container } = render(<SessionDecision outcome="rejected" checks={seedSession} layout="cards" />);
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('pluralises and formats the summary in German', () => {
    render(
      <DecisionBlocksProvider messages={germanMessages} locale="de">
        <SessionDecision checks={seedSession} />
      </DecisionBlocksProvider>,
    );
    expect(summary()).toHaveTextContent('2 von 5 Prüfungen mit Auffälligkeiten');
    expect(screen.getByText('Noch keine Entscheidung')).toBeInTheDocument();
  });

  it('applies provider verdict tones to the outcome and the summary', () => {
    render(
      <DecisionBlocksProvider verdictTones={{ hold: 'caution' }}>
        <SessionDecision outcome="HOLD" checks={[{ verdict: 'hold' }, { verdict: 'passed' }]} />
      </DecisionBlocksProvider>,
    );
    expect(summary()).toHaveTextContent('1 of 2 checks raised issues');
  });

  describe.each(garbageValues)('with %s as input', (_name, value) => {
    it('renders for outcome, checks, session, layout and title', () => {
      const { container } = render(
        <SessionDecision
          outcome={value as never}
          checks={value as never}
          session={value as never}
          layout={value as never}
          title={value as never}
          headingLevel={value as never}
        />,
      );
      expect(container.querySelector('.dblk-session__summary')).not.toBeNull();
    });
  });
});
