import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataChecksTable, normalizeDataBlock, ReasonList, SessionDecision, toBlockList } from '../../src';

// Each input once took seconds to a minute, or gigabytes of heap. Reading now stops at what is
// shown plus a count, so each finishes well inside the default 5 s test timeout; the timeout is
// the guard, and the assertions check that only the shown part was built.

const holes = (length: number): unknown[] => new Array<unknown>(length);

describe('ReasonList with an array of length 10,000,000 of holes', () => {
  it('reads the first thousand entries, shows nothing for them and counts the rest', () => {
    render(<ReasonList reasons={holes(10_000_000) as never} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Show 9,999,000 more' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the reasons that follow a few holes', () => {
    const reasons = holes(10_000_000);
    reasons[3] = { code: 'RC004' };
    render(<ReasonList reasons={reasons as never} max={1} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show 9,999,996 more' })).toBeInTheDocument();
  });
});

describe('ReasonList with 1,000,000 nulls', () => {
  it('costs no more than 1,000,000 strings', () => {
    const nulls = new Array<null>(1_000_000).fill(null);
    const strings = new Array<string>(1_000_000).fill('Phone number is a VoIP line');
    const { unmount } = render(<ReasonList reasons={strings as never} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    unmount();
    render(<ReasonList reasons={nulls as never} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Show 999,000 more' })).toBeInTheDocument();
  });
});

describe('normalizeDataBlock with 10,000,000 holes', () => {
  it('reads 1,000 entries and sums the rest up in two problems', () => {
    const block = normalizeDataBlock({ verdict: 'failure', reasons: holes(10_000_000) });
    expect(block.reasons).toEqual([]);
    expect(block.problems).toEqual([
      '1000 of the reasons read were empty or not reasons; they were left out.',
      'The reasons list holds 10000000 entries; only the first 1000 were read.',
    ]);
  });

  it('reads further when asked to', () => {
    const reasons = holes(10_000_000);
    reasons[1500] = 'Late reason';
    expect(normalizeDataBlock({ reasons }, { maxEntries: 2000 }).reasons?.map((reason) => reason.details)).toEqual([
      'Late reason',
    ]);
  });
});

describe('toBlockList with 10,000,000 holes', () => {
  it('reads the first 1,000 entries as empty blocks', () => {
    const list = toBlockList(holes(10_000_000));
    expect(list).toHaveLength(1000);
    expect(list[999]).toMatchObject({ name: null, verdict: null, index: 999 });
  });
});

describe('DataChecksTable checks with 1,000,000 holes', () => {
  // Rendered to a string: a thousand rows in jsdom's DOM would time jsdom, not the table.
  it('reads the row maximum of 1,000 rows, mounts the first ones and counts the rest', () => {
    const html = renderToString(<DataChecksTable checks={holes(1_000_000) as never} />);
    expect(html).toContain('aria-rowcount="1001"');
    expect(html).toContain('Show all 1,000 rows');
    expect(html).toContain('999,000 more checks not shown');
  });

  it('summarises a session of 1,000,000 holes over the blocks it read', () => {
    const html = renderToString(
      <SessionDecision outcome="rejected" checks={holes(1_000_000) as never} layout="cards" />,
    );
    expect(html).toContain('0 of 1,000 checks raised issues');
    expect(html).toContain('999,000 more checks not shown');
  });
});

describe('DataChecksTable with 100,000 rows', () => {
  const rows = Array.from({ length: 100_000 }, (_, index) => ({
    name: `Check${index}`,
    verdict: index % 7 === 0 ? 'failure' : 'passed',
    score: index % 100,
    reasons: [{ code: 'RC004', details: `Reason ${index}` }],
  }));

  it('renders a window of its 1,000 rows and a bounded page on the server', () => {
    const html = renderToString(<DataChecksTable checks={rows} />);
    expect(html.match(/<th scope="row"/g)).toHaveLength(24);
    expect(html).toContain('aria-rowcount="1001"');
    expect(html).toContain('99,000 more checks not shown');
    expect(html.length).toBeLessThan(1_500_000);
  });
});

describe('maxRows', () => {
  const rows = Array.from({ length: 30 }, (_, index) => ({ name: `Check${index}`, verdict: 'passed' }));
  const rowHeaders = () => within(screen.getByRole('table')).getAllByRole('rowheader');

  it('cuts a table at the given maximum and says how many checks it left out', () => {
    render(<DataChecksTable checks={rows} maxRows={20} />);
    expect(rowHeaders()).toHaveLength(20);
    expect(screen.getByText('10 more checks not shown')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Passed/ })).toHaveTextContent('20');
  });

  it('shows every row up to a raised maximum', () => {
    render(<DataChecksTable checks={rows} maxRows={30} />);
    expect(rowHeaders()).toHaveLength(30);
    expect(screen.queryByText(/more checks? not shown/)).not.toBeInTheDocument();
  });

  it('says "1 more check not shown" in the singular, and in German', async () => {
    const { DecisionBlocksProvider } = await import('../../src');
    const { germanMessages } = await import('../../src/locales');
    render(
      <>
        <SessionDecision outcome="approved" checks={rows} maxRows={29} layout="cards" />
        <DecisionBlocksProvider messages={germanMessages}>
          <DataChecksTable checks={rows} maxRows={28} />
        </DecisionBlocksProvider>
      </>,
    );
    expect(screen.getByText('1 more check not shown')).toBeInTheDocument();
    expect(screen.getByText('2 weitere Prüfungen nicht angezeigt')).toBeInTheDocument();
  });
});
