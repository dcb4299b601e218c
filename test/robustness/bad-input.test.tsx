import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
import { deepFreeze, untrustedDevice } from '../helpers';

// One describe per row of the README's "Bad input" table, named after the row. test/setup.ts
// fails every test below that logs console.error, so each also proves "no React warning".

const items = (scope: HTMLElement = document.body) => within(scope).queryAllByRole('listitem');
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowHeaders = () => rows().map((row) => within(row).getByRole('rowheader').textContent);
const noFallback = () => expect(screen.queryByText('Decision data unavailable')).not.toBeInTheDocument();

describe('wrong type per field', () => {
  it('reads a number or boolean verdict as its text and ignores an object verdict', () => {
    const { container } = render(
      <>
        <DecisionBadge verdict={42 as never} />
        <DecisionBadge block={{ verdict: true as never }} />
        <DecisionBadge verdict={{ toString: () => 'failure' } as never} />
      </>,
    );
    const badges = container.querySelectorAll('.dblk-badge');
    expect([...badges].map((badge) => badge.getAttribute('data-tone'))).toEqual(['unknown', 'unknown', 'unknown']);
    expect(badges[0]).toHaveTextContent('42');
    expect(badges[1]).toHaveTextContent('True');
    expect(badges[2]).toHaveTextContent('No verdict');
  });

  it.each([
    ['a boolean', true],
    ['an object', { value: 50 }],
    ['an array', [50]],
    ['a word', 'high'],
    ['NaN', Number.NaN],
  ])('shows "No score" for a score that is %s', (_name, score) => {
    render(<ScoreMeter score={score as never} />);
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(screen.getByText('No score')).toBeInTheDocument();
  });

  it('reads reasons given as a number, a string or a single object as one reason, and a boolean as none', () => {
    const { rerender } = render(<ReasonList reasons={5 as never} />);
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent(/^5$/);
    rerender(<ReasonList reasons={'Phone number is a VoIP line' as never} />);
    expect(items()[0]).toHaveTextContent('Phone number is a VoIP line');
    rerender(<ReasonList reasons={{ code: 'RC004' } as never} />);
    expect(screen.getByRole('button', { name: 'Reason code RC004' })).toBeInTheDocument();
    rerender(<ReasonList reasons={true as never} />);
    expect(screen.getByText('No reasons given')).toBeInTheDocument();
  });

  it('ignores a code that is an object and shows numeric details as text', () => {
    render(<ReasonList reasons={[{ code: {} as never, details: 42 as never }, { code: [] as never }]} />);
    const [first, second] = items();
    expect(first?.querySelector('code')).toBeNull();
    expect(first).toHaveTextContent(/^42$/);
    expect(second).toHaveTextContent('Unspecified reason');
  });

  it('falls back to generic headings for names that are not text', () => {
    render(
      <>
        <DataBlockCard block={{ name: { first: 'x' } } as never} />
        <DataChecksTable checks={[{ name: ['Device'] as never, verdict: 'passed' }]} />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Decision' })).toBeInTheDocument();
    expect(rowHeaders()).toEqual(['Check 1']);
  });

  it('shows no checks and no decision for checks and outcome of the wrong type', () => {
    render(
      <>
        <DataChecksTable checks={'AuthenticationResult' as never} />
        <SessionDecision outcome={{ type: 'rejected' } as never} checks={42 as never} />
      </>,
    );
    expect(screen.getByText('No checks to show')).toBeInTheDocument();
    expect(screen.getByText('No decision yet')).toBeInTheDocument();
    expect(screen.getByText('No checks were reported')).toBeInTheDocument();
  });
});

describe('out-of-range score', () => {
  it.each([
    [150, '100', '150%'],
    [-5, '0', '-5%'],
  ])('clamps the meter for %s while the text tells the truth', (score, valueNow, text) => {
    render(<ScoreMeter score={score} />);
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', valueNow);
    expect(meter).toHaveAttribute('aria-valuetext', text);
    expect(meter).toHaveTextContent(text);
  });

  it('falls back to 0–100 for a range too wide to compute (min -1e308, max 1e308)', () => {
    const { container } = render(<ScoreMeter score={1e308} min={-1e308} max={1e308} />);
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuenow', '100');
    expect(container.querySelector('.dblk-meter__fill')).toHaveAttribute('data-fill', '100');
  });

  it('falls back to 0–100 for an inverted range', () => {
    render(<ScoreMeter score={50} min={100} max={0} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuemax', '100');
  });
});

describe('decimal-comma score', () => {
  it('reads "71,6" as 71.6', () => {
    render(<ScoreMeter score="71,6" />);
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '71.6');
    expect(meter).toHaveAttribute('aria-valuetext', '71.6%');
  });

  it('shows it with a decimal comma in German', () => {
    render(
      <DecisionBlocksProvider locale="de" messages={germanMessages}>
        <ScoreMeter block={{ score: '71,6' }} />
      </DecisionBlocksProvider>,
    );
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toMatch(/^71,6\s%$/);
  });

  it('refuses an ambiguous "1,234.5" instead of guessing', () => {
    render(<ScoreMeter score="1,234.5" />);
    expect(screen.getByText('No score')).toBeInTheDocument();
  });
});

describe('missing everything', () => {
  it.each([
    ['no props', {}],
    ['null block', { block: null }],
    ['empty block', { block: {} }],
  ])('shows the empty states for %s', (_name, props) => {
    render(
      <>
        <DecisionBadge {...props} />
        <ScoreMeter {...props} />
        <ReasonList {...props} />
        <DataChecksTable />
        <DataBlockCard {...props} />
        <SessionDecision />
      </>,
    );
    expect(screen.getAllByText('No verdict')).toHaveLength(2);
    expect(screen.getByText('No score')).toBeInTheDocument();
    expect(screen.getAllByText('No reasons given')).toHaveLength(2);
    expect(screen.getByText('No checks to show')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Decision' })).toBeInTheDocument();
    expect(screen.getByText('No decision yet')).toBeInTheDocument();
    expect(screen.getByText('No checks were reported')).toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });
});

describe('duplicate codes', () => {
  it('lists every occurrence of a repeated code', () => {
    render(
      <ReasonList
        reasons={[{ code: 'RC004' }, { code: 'RC004', details: 'Second time' }, { code: 'RC004' }, { code: 'RC004' }]}
      />,
    );
    expect(items()).toHaveLength(4);
    expect(screen.getAllByRole('button', { name: 'Reason code RC004' })).toHaveLength(4);
    expect(items()[1]).toHaveTextContent('Second time');
  });

  it('shows a code repeated as its own details once, as one chip', () => {
    render(<ReasonList reasons={[{ code: 'SERVER_FACE_DOES_NOT_MATCH', details: 'SERVER_FACE_DOES_NOT_MATCH' }]} />);
    expect(screen.getAllByRole('button', { name: 'Reason code SERVER_FACE_DOES_NOT_MATCH' })).toHaveLength(1);
    expect(items()[0]).toHaveTextContent('Face does not match');
  });

  it('keeps checks with duplicate ids and names as separate rows', () => {
    render(
      <DataChecksTable
        checks={[
          { id: 7, name: 'Device', verdict: 'failure' },
          { id: 7, name: 'Device', verdict: 'passed' },
          { id: '7', name: 'Device', verdict: 'review' },
        ]}
      />,
    );
    expect(rowHeaders()).toEqual(['Device', 'Device', 'Device']);
    expect(rows().map((row) => row.getAttribute('data-tone'))).toEqual(['critical', 'caution', 'positive']);
  });
});

const tenThousand = Array.from({ length: 10_000 }, (_, index) => ({ code: `C${index}`, details: `Reason ${index}` }));

describe('10,000 reasons', () => {
  it('renders ten of them and a "Show 9,990 more" button', () => {
    render(<ReasonList reasons={tenThousand} />);
    expect(items()).toHaveLength(10);
    expect(document.querySelectorAll('li')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Show 9,990 more' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('stays collapsed inside a card and a table row', () => {
    render(
      <>
        <DataBlockCard block={{ verdict: 'failure', reasons: tenThousand }} />
        <DataChecksTable checks={{ Device: { verdict: 'failure', reasons: tenThousand } }} />
      </>,
    );
    expect(document.querySelectorAll('li')).toHaveLength(10 + 3);
    expect(screen.getByRole('button', { name: 'Show 9,990 more' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show 9,997 more' })).toBeInTheDocument();
  });
});

describe('50,000-character unbroken text', () => {
  // 50,000 capitals once took seconds to humanize (a backtracking regular expression); the
  // default 5 s test timeout is the guard, and the Chromium test checks that the text wraps.
  const capitals = 'A'.repeat(50_000);
  const letters = 'x'.repeat(50_000);

  it('shows a 50,000-letter verdict, code and details in full', () => {
    const { container } = render(
      <>
        <DecisionBadge verdict={capitals} />
        <ReasonList reasons={[{ code: capitals, details: letters }]} />
      </>,
    );
    expect(container.querySelector('.dblk-badge')?.firstChild?.textContent).toBe(`A${'a'.repeat(49_999)}`);
    expect(container.querySelector('code')?.textContent).toHaveLength(50_000);
    expect(container.querySelector('.dblk-reason__text')?.textContent).toBe(letters);
  });

  it('shows a 50,000-letter check name and session outcome', () => {
    render(<SessionDecision outcome={capitals} checks={{ [capitals]: { verdict: capitals } }} layout="cards" />);
    expect(screen.getByRole('heading').textContent).toHaveLength(50_000);
    expect(document.querySelector('.dblk-session__outcome .dblk-badge')?.firstChild?.textContent).toHaveLength(50_000);
  });
});

describe('null entries inside arrays', () => {
  it('drops null and undefined reasons, sparse holes included', () => {
    // eslint-disable-next-line no-sparse-arrays
    render(<ReasonList reasons={[null, { code: 'RC004' }, undefined, , { details: 'Kept' }] as never} />);
    expect(items()).toHaveLength(2);
    expect(items()[1]).toHaveTextContent('Kept');
  });

  it('shows a null check as an empty, numbered row', () => {
    render(<DataChecksTable checks={[null, { name: 'Device', verdict: 'failure' }] as never} />);
    expect(rowHeaders()).toEqual(['Device', 'Check 1']);
    expect(within(rows()[1]!).getByText('No verdict')).toBeInTheDocument();
  });

  it('counts a null check in the session summary', () => {
    render(<SessionDecision outcome="rejected" checks={[null, { verdict: 'failure' }] as never} />);
    expect(screen.getByText('1 of 2 checks raised issues')).toBeInTheDocument();
  });
});

describe('cyclic objects', () => {
  it('reads a block that contains itself', () => {
    const block: Record<string, unknown> = { verdict: 'failure', score: 12 };
    block.self = block;
    block.reasons = [{ code: 'RC004' }, block];
    render(
      <>
        <DataBlockCard block={block as never} name="Cyclic" />
        <SessionDecision outcome="rejected" checks={{ Cyclic: block } as never} />
      </>,
    );
    noFallback();
    expect(screen.getByRole('heading', { name: 'Cyclic' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Reason code RC004' })).toHaveLength(2);
    expect(screen.getAllByText('Unspecified reason')).toHaveLength(2);
  });

  it('reads a collection that contains itself', () => {
    const checks: Record<string, unknown> = { Device: { verdict: 'passed' } };
    checks.All = checks;
    render(<DataChecksTable checks={checks as never} />);
    expect(rowHeaders()).toEqual(['All', 'Device']);
  });
});

describe('objects with throwing getters', () => {
  const throwing = (fields: Record<string, unknown>, broken: readonly string[]) => {
    const object = { ...fields };
    for (const key of broken) {
      Object.defineProperty(object, key, {
        enumerable: true,
        get() {
          throw new Error(`getter ${key}`);
        },
      });
    }
    return object;
  };

  it('treats a field whose getter throws as missing and shows the rest', () => {
    render(
      <>
        <DataBlockCard block={throwing({ score: 40, reasons: [{ code: 'RC004' }] }, ['verdict']) as never} />
        <DataBlockCard block={throwing({ verdict: 'failure' }, ['score', 'reasons']) as never} />
      </>,
    );
    noFallback();
    const [first, second] = screen.getAllByRole('region');
    expect(within(first!).getByText('No verdict')).toBeInTheDocument();
    expect(within(first!).getByRole('meter')).toHaveAttribute('aria-valuenow', '40');
    expect(within(second!).getByText('Failure')).toBeInTheDocument();
    expect(within(second!).getByText('No reasons given')).toBeInTheDocument();
  });

  it('treats a reason, a check or a session field whose getter throws as missing', () => {
    render(
      <>
        <ReasonList reasons={[throwing({ details: 'Kept' }, ['code'])] as never} />
        <SessionDecision
          session={throwing({ dataBlocks: { Device: throwing({}, ['verdict']) } }, ['decisionOutcome']) as never}
        />
      </>,
    );
    noFallback();
    expect(screen.getByText('Kept')).toBeInTheDocument();
    expect(screen.getByText('No decision yet')).toBeInTheDocument();
    expect(rowHeaders()).toEqual(['Device']);
  });

  it('keys a check whose id getter throws by its position, in a table and in cards', () => {
    const checks = [
      throwing({ name: 'Broken', verdict: 'failure' }, ['id']),
      throwing({ name: 'Also broken', verdict: 'failure' }, ['id']),
      { id: 1, name: 'Fine', verdict: 'failure' },
    ];
    render(
      <>
        <DataChecksTable checks={checks as never} />
        <SessionDecision checks={checks as never} layout="cards" />
      </>,
    );
    noFallback();
    expect(rowHeaders()).toEqual(['Broken', 'Also broken', 'Fine']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Broken',
      'Also broken',
      'Fine',
    ]);
  });

  it('treats a revoked proxy as an empty block', () => {
    const { proxy, revoke } = Proxy.revocable({ verdict: 'failure' }, {});
    revoke();
    render(<DataBlockCard block={proxy as never} />);
    noFallback();
    expect(screen.getByText('No verdict')).toBeInTheDocument();
  });
});

describe('frozen objects', () => {
  it('renders deeply frozen data and leaves it as it was', () => {
    const session = deepFreeze({
      decisionOutcome: 'rejected',
      dataBlocks: deepFreeze({ DeviceSignals: structuredClone(untrustedDevice) }),
    });
    const before = structuredClone(session);
    render(
      <>
        <SessionDecision session={session} />
        <SessionDecision session={session} layout="cards" />
      </>,
    );
    noFallback();
    expect(screen.getAllByText('1 of 1 check raised issues')).toHaveLength(2);
    expect(session).toEqual(before);
    expect(Object.isFrozen(session.dataBlocks.DeviceSignals.reasons[0])).toBe(true);
  });
});

describe('negative zero score: "-0", -0, -0.0001', () => {
  it.each([
    ['"-0"', '-0'],
    ['-0', -0],
    ['-0.0001', -0.0001],
  ])('shows %s as "0%", in a meter and in a table', (_name, score) => {
    render(
      <>
        <ScoreMeter score={score} />
        <DataChecksTable checks={{ Device: { verdict: 'passed', score } }} />
      </>,
    );
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '0%');
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
    expect(within(rows()[0]!).getByText('0%')).toBeInTheDocument();
  });
});
