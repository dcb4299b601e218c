import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  DataChecksTable,
  DecisionBlocksProvider,
  type DataChecksTableSort,
  type NamedDataBlock,
  type Tone,
} from '../../src';
import { germanMessages } from '../../src/locales';
import { allowConsoleErrors, deepFreeze, failedBiometric, garbageValues, untrustedDevice } from '../helpers';

const seedRecord = { AuthenticationResult: failedBiometric, DeviceSignals: untrustedDevice };

/** One block per tone, in no particular order, plus a tie to prove the sort is stable. */
const mixedChecks: NamedDataBlock[] = [
  { name: 'DocumentCheck', verdict: 'PASSED', score: 91 },
  { name: 'FaceMatch', verdict: 'failure', score: 12.5 },
  { name: 'AddressLookup', verdict: 'skipped' },
  { name: 'DeviceSignals', verdict: 'not_trusted', score: 28.3 },
  { name: 'Watchlist', verdict: 'WARNING', score: 0 },
  { name: 'PhoneCheck', verdict: 'escalated', score: 55 },
];

function table(): HTMLElement {
  return screen.getByRole('table');
}

function bodyRows(): HTMLElement[] {
  const [, ...bodies] = within(table()).getAllByRole('rowgroup');
  if (bodies.length === 0) throw new Error('no table body rendered');
  return bodies.flatMap((body) => within(body).getAllByRole('row'));
}

function rowNames(): string[] {
  return bodyRows().map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

function rowFor(name: string): HTMLElement {
  const header = within(table()).getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function columnHeader(name: string): HTMLElement {
  return within(table()).getByRole('columnheader', { name });
}

function filterButton(name: string | RegExp): HTMLElement {
  return within(screen.getByRole('group', { name: 'Show checks by decision' })).getByRole('button', { name });
}

function root(container: HTMLElement): HTMLElement {
  const element = container.firstElementChild;
  if (!(element instanceof HTMLElement)) throw new Error('nothing rendered');
  return element;
}

describe('DataChecksTable', () => {
  describe('structure', () => {
    it('renders a captioned table with column headers, row headers and one row per check', () => {
      const { container } = render(<DataChecksTable checks={seedRecord} />);
      expect(root(container)).toHaveClass('dblk-checks-wrapper');
      expect(root(container)).toContainElement(table());
      expect(table()).toHaveAccessibleName('Decision checks');
      const headers = within(table()).getAllByRole('columnheader');
      expect(headers.map((header) => header.textContent)).toEqual(['Check', 'Decision', 'Score', 'Reasons']);
      headers.forEach((header) => expect(header).toHaveAttribute('scope', 'col'));
      expect(bodyRows()).toHaveLength(2);
      within(table())
        .getAllByRole('rowheader')
        .forEach((header) => expect(header).toHaveAttribute('scope', 'row'));
    });

    it('shows both seed examples as a record, named by their keys', () => {
      render(<DataChecksTable checks={seedRecord} />);
      expect(rowNames()).toEqual(['Authentication result', 'Device signals']);

      const biometric = rowFor('Authentication result');
      expect(biometric).toHaveAttribute('data-tone', 'critical');
      expect(within(biometric).getByText('Failure').closest('[data-tone]')).toHaveAttribute('data-tone', 'critical');
      expect(within(biometric).getByText('No score').closest('td')).toHaveAttribute('data-empty');
      expect(biometric).toHaveTextContent('SERVER_FACE_DOES_NOT_MATCH');

      const device = rowFor('Device signals');
      expect(device).toHaveAttribute('data-tone', 'critical');
      expect(device).toHaveTextContent('Not trusted');
      expect(within(device).getByText('28.3%').closest('td')).not.toHaveAttribute('data-empty');
      expect(device).toHaveTextContent('RC004');
      expect(device).toHaveTextContent('RE011');
      expect(device).toHaveTextContent('indicating a shared email');
    });

    it('shows both seed examples as an array of named blocks', () => {
      render(
        <DataChecksTable
          checks={[
            { name: 'AuthenticationResult', ...failedBiometric },
            { name: 'DeviceSignals', ...untrustedDevice },
          ]}
        />,
      );
      expect(rowNames()).toEqual(['Authentication result', 'Device signals']);
      expect(rowFor('Device signals')).toHaveTextContent('28.3%');
    });

    it('names an unnamed check "Check N" after its 1-based position in the input', () => {
      render(
        <DataChecksTable checks={[{ name: 'Watchlist', verdict: 'passed' }, { verdict: 'failure' }, { name: '  ' }]} />,
      );
      expect(rowNames()).toEqual(['Check 2', 'Check 3', 'Watchlist']);
    });

    it('names an unnamed entry of a record "Check N" as well', () => {
      render(<DataChecksTable checks={{ '': { verdict: 'passed' }, Other: { verdict: 'passed' } }} />);
      expect(rowNames()).toEqual(['Check 1', 'Other']);
    });

    it('renders one row per block even when names and ids repeat', () => {
      render(
        <DataChecksTable
          checks={[
            { id: 1, name: 'Same', verdict: 'failure' },
            { id: 1, name: 'Same', verdict: 'passed' },
            { name: 'Same' },
          ]}
        />,
      );
      expect(rowNames()).toEqual(['Same', 'Same', 'Same']);
    });

    it('shows a decision badge with the tone of every verdict', () => {
      render(<DataChecksTable checks={mixedChecks} />);
      const expected: Array<[string, Tone, string]> = [
        ['Face match', 'critical', 'Failure'],
        ['Watchlist', 'caution', 'Warning'],
        ['Phone check', 'unknown', 'Escalated'],
        ['Address lookup', 'neutral', 'Skipped'],
        ['Document check', 'positive', 'Passed'],
      ];
      for (const [name, tone, verdict] of expected) {
        const row = rowFor(name);
        expect(row).toHaveAttribute('data-tone', tone);
        expect(within(row).getByText(verdict).closest('[data-tone]')).toHaveAttribute('data-tone', tone);
      }
    });

    it('shows "No verdict" for a block without a verdict', () => {
      render(<DataChecksTable checks={{ Pending: { score: 10 } }} />);
      expect(rowFor('Pending')).toHaveTextContent('No verdict');
      expect(rowFor('Pending')).toHaveAttribute('data-tone', 'unknown');
    });

    it('reads the decision-object shape', () => {
      render(
        <DataChecksTable
          checks={
            { DataChecks: { type: 'REJECTED', details: { label: 'MRZ_CHECKSUM' }, risk: { score: -1 } } } as never
          }
        />,
      );
      const row = rowFor('Data checks');
      expect(row).toHaveAttribute('data-tone', 'critical');
      expect(row).toHaveTextContent('MRZ_CHECKSUM');
      expect(columnHeader('Reasons')).toBeInTheDocument();
      expect(within(table()).queryByRole('columnheader', { name: 'Score' })).toBeNull();
    });
  });

  describe('score column', () => {
    it('shows scores as locale-aware percentages, 0 included', () => {
      render(
        <DataChecksTable
          checks={[
            { name: 'A', score: 0 },
            { name: 'B', score: '71,6' },
            { name: 'C', score: 100 },
          ]}
        />,
      );
      expect(within(rowFor('A')).getByText('0%')).toBeInTheDocument();
      expect(within(rowFor('B')).getByText('71.6%')).toBeInTheDocument();
      expect(within(rowFor('C')).getByText('100%')).toBeInTheDocument();
    });

    it('shows the no-score message for a missing score when another row has one', () => {
      render(
        <DataChecksTable
          checks={[
            { name: 'A', score: '' },
            { name: 'B', score: 5 },
          ]}
        />,
      );
      const cell = within(rowFor('A')).getByText('No score').closest('td');
      expect(cell).toHaveAttribute('data-empty');
    });

    it('hides the Score column when no row has a score', () => {
      render(<DataChecksTable checks={{ AuthenticationResult: failedBiometric, Other: { verdict: 'passed' } }} />);
      expect(
        within(table())
          .getAllByRole('columnheader')
          .map((header) => header.textContent),
      ).toEqual(['Check', 'Decision', 'Reasons']);
      expect(screen.queryByText('No score')).toBeNull();
      bodyRows().forEach((row) => expect(within(row).getAllByRole('cell')).toHaveLength(2));
    });

    it('keeps the Score column while a filter hides every row that has a score', async () => {
      const user = userEvent.setup();
      render(
        <DataChecksTable checks={{ AuthenticationResult: failedBiometric, Document: { verdict: 'ok', score: 97 } }} />,
      );
      await user.click(filterButton('Failed 1'));
      expect(rowNames()).toEqual(['Authentication result']);
      expect(columnHeader('Score')).toBeInTheDocument();
      expect(within(rowFor('Authentication result')).getByText('No score')).toBeInTheDocument();
    });
  });

  describe('empty states', () => {
    it('shows one row spanning every column when there are no checks', () => {
      const { container } = render(<DataChecksTable checks={[]} />);
      const rows = bodyRows();
      expect(rows).toHaveLength(1);
      const [cell] = within(rows[0] as HTMLElement).getAllByRole('cell');
      expect(cell).toHaveTextContent('No checks to show');
      expect(cell).toHaveAttribute('colspan', '3');
      expect(root(container)).toHaveAttribute('data-empty');
      expect(screen.queryByRole('group', { name: 'Show checks by decision' })).toBeNull();
    });

    it('shows the same row when the filter hides every check, spanning the Score column too', () => {
      render(<DataChecksTable checks={seedRecord} filter={['positive']} />);
      const rows = bodyRows();
      expect(rows).toHaveLength(1);
      expect(within(rows[0] as HTMLElement).getByRole('cell')).toHaveAttribute('colspan', '4');
      expect(rows[0]).toHaveTextContent('No checks to show');
    });

    it('has no data-empty on the root when there are checks', () => {
      const { container } = render(<DataChecksTable checks={seedRecord} />);
      expect(root(container)).not.toHaveAttribute('data-empty');
    });
  });

  describe('sorting', () => {
    it('sorts by severity by default, ties in input order', () => {
      render(<DataChecksTable checks={mixedChecks} />);
      expect(rowNames()).toEqual([
        'Face match',
        'Device signals',
        'Watchlist',
        'Phone check',
        'Address lookup',
        'Document check',
      ]);
      expect(columnHeader('Decision')).toHaveAttribute('aria-sort', 'ascending');
      expect(columnHeader('Check')).not.toHaveAttribute('aria-sort');
      expect(columnHeader('Score')).not.toHaveAttribute('aria-sort');
      expect(columnHeader('Reasons')).not.toHaveAttribute('aria-sort');
    });

    it('puts a real button in every sortable header and none in Reasons', () => {
      render(<DataChecksTable checks={mixedChecks} />);
      for (const name of ['Check', 'Decision', 'Score']) {
        expect(within(columnHeader(name)).getByRole('button', { name })).toHaveAttribute('type', 'button');
      }
      expect(within(columnHeader('Reasons')).queryByRole('button')).toBeNull();
    });

    it('flips the direction when the sorted column is pressed again, ties still in input order', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={mixedChecks} />);
      await user.click(screen.getByRole('button', { name: 'Decision' }));
      expect(columnHeader('Decision')).toHaveAttribute('aria-sort', 'descending');
      expect(rowNames()).toEqual([
        'Document check',
        'Address lookup',
        'Phone check',
        'Watchlist',
        'Face match',
        'Device signals',
      ]);
      await user.click(screen.getByRole('button', { name: 'Decision' }));
      expect(columnHeader('Decision')).toHaveAttribute('aria-sort', 'ascending');
      expect(rowNames()[0]).toBe('Face match');
    });

    it('sorts another column ascending when it is pressed, moving aria-sort', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={mixedChecks} />);
      await user.click(screen.getByRole('button', { name: 'Check' }));
      expect(columnHeader('Check')).toHaveAttribute('aria-sort', 'ascending');
      expect(columnHeader('Decision')).not.toHaveAttribute('aria-sort');
      expect(rowNames()).toEqual([
        'Address lookup',
        'Device signals',
        'Document check',
        'Face match',
        'Phone check',
        'Watchlist',
      ]);
      await user.click(screen.getByRole('button', { name: 'Check' }));
      expect(columnHeader('Check')).toHaveAttribute('aria-sort', 'descending');
      expect(rowNames()[0]).toBe('Watchlist');
    });

    it('sorts names numerically, so "Check 2" comes before "Check 10"', async () => {
      const user = userEvent.setup();
      const checks = Array.from({ length: 10 }, (): NamedDataBlock => ({ verdict: 'passed' }));
      render(
        <DataChecksTable checks={[...checks].reverse()} defaultSort={{ column: 'check', direction: 'ascending' }} />,
      );
      expect(rowNames().slice(0, 3)).toEqual(['Check 1', 'Check 2', 'Check 3']);
      expect(rowNames().at(-1)).toBe('Check 10');
      await user.click(screen.getByRole('button', { name: 'Check' }));
      expect(rowNames()[0]).toBe('Check 10');
    });

    it('sorts by score with missing scores last in both directions', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={mixedChecks} />);
      await user.click(screen.getByRole('button', { name: 'Score' }));
      expect(columnHeader('Score')).toHaveAttribute('aria-sort', 'ascending');
      expect(rowNames()).toEqual([
        'Watchlist',
        'Face match',
        'Device signals',
        'Phone check',
        'Document check',
        'Address lookup',
      ]);
      await user.click(screen.getByRole('button', { name: 'Score' }));
      expect(columnHeader('Score')).toHaveAttribute('aria-sort', 'descending');
      expect(rowNames()).toEqual([
        'Document check',
        'Phone check',
        'Device signals',
        'Face match',
        'Watchlist',
        'Address lookup',
      ]);
    });

    it('starts from defaultSort when uncontrolled', () => {
      render(<DataChecksTable checks={mixedChecks} defaultSort={{ column: 'score', direction: 'descending' }} />);
      expect(columnHeader('Score')).toHaveAttribute('aria-sort', 'descending');
      expect(rowNames()[0]).toBe('Document check');
    });

    it('reports sort changes and follows the sort prop when controlled', async () => {
      const user = userEvent.setup();
      const onSortChange = vi.fn();
      const sort: DataChecksTableSort = { column: 'check', direction: 'descending' };
      const { rerender } = render(<DataChecksTable checks={mixedChecks} sort={sort} onSortChange={onSortChange} />);
      expect(rowNames()[0]).toBe('Watchlist');

      await user.click(screen.getByRole('button', { name: 'Check' }));
      expect(onSortChange).toHaveBeenLastCalledWith({ column: 'check', direction: 'ascending' });
      expect(columnHeader('Check')).toHaveAttribute('aria-sort', 'descending');
      expect(rowNames()[0]).toBe('Watchlist');

      await user.click(screen.getByRole('button', { name: 'Score' }));
      expect(onSortChange).toHaveBeenLastCalledWith({ column: 'score', direction: 'ascending' });

      rerender(
        <DataChecksTable
          checks={mixedChecks}
          sort={{ column: 'score', direction: 'ascending' }}
          onSortChange={onSortChange}
        />,
      );
      expect(columnHeader('Score')).toHaveAttribute('aria-sort', 'ascending');
      expect(rowNames()[0]).toBe('Watchlist');
    });

    it('reports sort changes when uncontrolled too', async () => {
      const user = userEvent.setup();
      const onSortChange = vi.fn();
      render(<DataChecksTable checks={mixedChecks} onSortChange={onSortChange} />);
      await user.click(screen.getByRole('button', { name: 'Decision' }));
      expect(onSortChange).toHaveBeenCalledWith({ column: 'decision', direction: 'descending' });
      expect(columnHeader('Decision')).toHaveAttribute('aria-sort', 'descending');
    });

    it('falls back to the default for a sort column outside the vocabulary', () => {
      render(<DataChecksTable checks={mixedChecks} sort={{ column: 'verdict', direction: 'sideways' } as never} />);
      expect(columnHeader('Decision')).toHaveAttribute('aria-sort', 'ascending');
      expect(rowNames()[0]).toBe('Face match');
    });

    it('keeps a valid column with an invalid direction, sorted ascending', () => {
      render(<DataChecksTable checks={mixedChecks} defaultSort={{ column: 'check', direction: 'up' } as never} />);
      expect(columnHeader('Check')).toHaveAttribute('aria-sort', 'ascending');
    });

    it('sorts by decision when asked for a score order but no row has a score', () => {
      render(
        <DataChecksTable
          checks={[
            { name: 'A', verdict: 'passed' },
            { name: 'B', verdict: 'failure' },
          ]}
          sort={{ column: 'score', direction: 'descending' }}
        />,
      );
      expect(columnHeader('Decision')).toHaveAttribute('aria-sort', 'ascending');
      expect(rowNames()).toEqual(['B', 'A']);
    });

    it('keeps each row element when the name order flips (rows are keyed by block)', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={mixedChecks} />);
      await user.click(screen.getByRole('button', { name: 'Check' }));
      const before = rowFor('Watchlist');
      expect(rowNames().at(-1)).toBe('Watchlist');
      await user.click(screen.getByRole('button', { name: 'Check' }));
      expect(rowNames()[0]).toBe('Watchlist');
      expect(rowFor('Watchlist')).toBe(before);
    });
  });

  describe('new checks from the host', () => {
    const alphaBlock = { id: 'a', name: 'Alpha', verdict: 'passed', score: 10 };
    const bravoBlock = { id: 'b', name: 'Bravo', verdict: 'warning', score: 20 };
    const charlieBlock = { id: 'c', name: 'Charlie', verdict: 'failed', score: 30 };
    const checks = [alphaBlock, bravoBlock, charlieBlock];

    it('keeps the row element of every unchanged block and shows the changed one', () => {
      const { rerender } = render(<DataChecksTable checks={checks} />);
      const alpha = rowFor('Alpha');
      const next = [alphaBlock, { ...bravoBlock, verdict: 'failed' }, charlieBlock];
      rerender(<DataChecksTable checks={next} />);
      expect(rowFor('Alpha')).toBe(alpha);
      expect(within(rowFor('Bravo')).getByText('Failed')).toBeInTheDocument();
    });

    it('reads a block again when it moves to another place (its index is part of its row)', () => {
      const { rerender } = render(<DataChecksTable checks={checks} />);
      rerender(<DataChecksTable checks={[charlieBlock, alphaBlock, bravoBlock]} />);
      expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
      rerender(<DataChecksTable checks={[{ name: 'Delta', verdict: 'failed' }, alphaBlock]} />);
      expect(rowNames()).toEqual(['Delta', 'Alpha']);
      // An unnamed block is labelled by its place: moved, it must not keep its old label.
      const unnamed = { verdict: 'failed' };
      rerender(<DataChecksTable checks={[unnamed, alphaBlock]} />);
      expect(rowNames()).toEqual(['Check 1', 'Alpha']);
      rerender(<DataChecksTable checks={[alphaBlock, unnamed]} />);
      expect(rowNames()).toEqual(['Check 2', 'Alpha']);
    });

    it('reads the score of a block only once it is needed, and shows it', () => {
      render(<DataChecksTable checks={checks} defaultSort={{ column: 'score', direction: 'descending' }} />);
      expect(rowNames()).toEqual(['Charlie', 'Bravo', 'Alpha']);
      expect(within(rowFor('Alpha')).getByText('10%')).toBeInTheDocument();
    });

    it.each(['name', 'id'] as const)(
      'reads the %s of a list entry only for the rows it shows, past the windowing threshold',
      (field) => {
        let reads = 0;
        const blocks = Array.from({ length: 5000 }, (_, index) => {
          const block = { name: `Check ${index}`, id: `c${index}`, verdict: index % 2 ? 'failed' : 'passed' };
          const value = block[field];
          return Object.defineProperty(block, field, {
            enumerable: true,
            get() {
              reads += 1;
              return value;
            },
          });
        });
        render(<DataChecksTable checks={blocks} maxRows={5000} />);
        const shown = screen.getAllByRole('rowheader').length;
        expect(shown).toBeLessThan(1000);
        expect(reads).toBeGreaterThan(0);
        expect(reads).toBeLessThanOrEqual(shown);
      },
    );

    it('keeps rows with the same id in one row group apart, each with its own row element', () => {
      const first = { id: 7, name: 'First', verdict: 'passed' };
      const second = { id: 7, name: 'Second', verdict: 'passed' };
      const third = { id: '7', name: 'Third', verdict: 'passed' };
      const other = { id: 8, name: 'Other', verdict: 'passed' };
      const { rerender } = render(<DataChecksTable checks={[first, second, third, other]} />);
      expect(rowNames()).toEqual(['First', 'Second', 'Third', 'Other']);
      const elements = ['First', 'Second', 'Third'].map(rowFor);
      expect(new Set(elements).size).toBe(3);
      // Another row changes: the rows sharing an id keep their elements, and no key warning is logged.
      rerender(<DataChecksTable checks={[first, second, third, { ...other, verdict: 'failed' }]} />);
      expect(rowNames()).toEqual(['Other', 'First', 'Second', 'Third']);
      expect(['First', 'Second', 'Third'].map(rowFor)).toEqual(elements);
    });

    it('shows 5,000 checks sharing one id, windowed and sorted by name, without a key warning', async () => {
      const blocks = Array.from({ length: 5000 }, (_, index) => ({
        id: 'same',
        name: `Check ${index}`,
        verdict: 'passed',
      }));
      render(<DataChecksTable checks={blocks} maxRows={5000} />);
      expect(rowNames().slice(0, 3)).toEqual(['Check 0', 'Check 1', 'Check 2']);
      await userEvent.setup().click(screen.getByRole('button', { name: 'Check' }));
      expect(rowNames().slice(0, 3)).toEqual(['Check 0', 'Check 1', 'Check 2']);
      expect(new Set(rowNames()).size).toBe(rowNames().length);
    });

    it('shows a list entry under its new name when the same object is renamed with a new collection', () => {
      const block = { name: 'Before', verdict: 'failed' };
      const { rerender } = render(<DataChecksTable checks={[block]} />);
      expect(rowNames()).toEqual(['Before']);
      rerender(<DataChecksTable checks={[{ ...block, name: 'After' }]} />);
      expect(rowNames()).toEqual(['After']);
    });

    it('reads the names of every row to sort by name', () => {
      render(
        <DataChecksTable
          checks={[
            { name: 'Charlie', verdict: 'passed' },
            { name: 'Alpha', verdict: 'failed' },
            { name: 'Bravo', verdict: 'failed' },
          ]}
          defaultSort={{ column: 'check', direction: 'ascending' }}
        />,
      );
      expect(rowNames()).toEqual(['Alpha', 'Bravo', 'Charlie']);
    });
  });

  describe('tone filter', () => {
    it('offers All and one button per tone present, with counts over the whole data set', () => {
      render(<DataChecksTable checks={mixedChecks} />);
      const group = screen.getByRole('group', { name: 'Show checks by decision' });
      const buttons = within(group).getAllByRole('button');
      expect(buttons.map((button) => button.textContent)).toEqual([
        'All',
        'Failed 2',
        'Needs review 1',
        'Unknown 1',
        'Not run 1',
        'Passed 1',
      ]);
      buttons.forEach((button) => expect(button).toHaveAttribute('type', 'button'));
      expect(filterButton('All')).toHaveAttribute('aria-pressed', 'true');
      expect(filterButton('Failed 2')).toHaveAttribute('aria-pressed', 'false');
      expect(filterButton('Failed 2')).toHaveAttribute('data-tone', 'critical');
      expect(filterButton('All')).toHaveAttribute('aria-controls', table().id);
    });

    it('only offers tones that occur', () => {
      render(<DataChecksTable checks={seedRecord} />);
      const group = screen.getByRole('group', { name: 'Show checks by decision' });
      expect(
        within(group)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['All', 'Failed 2']);
    });

    it('toggles tones on and off, keeps counts, and clears with All', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={mixedChecks} />);
      await user.click(filterButton('Passed 1'));
      expect(filterButton('Passed 1')).toHaveAttribute('aria-pressed', 'true');
      expect(filterButton('All')).toHaveAttribute('aria-pressed', 'false');
      expect(rowNames()).toEqual(['Document check']);

      await user.click(filterButton('Failed 2'));
      expect(rowNames()).toEqual(['Face match', 'Device signals', 'Document check']);
      expect(filterButton('Failed 2')).toHaveAttribute('aria-pressed', 'true');
      expect(filterButton('Needs review 1')).toHaveAttribute('aria-pressed', 'false');

      await user.click(filterButton('Passed 1'));
      expect(rowNames()).toEqual(['Face match', 'Device signals']);
      expect(filterButton('Passed 1')).toHaveAttribute('aria-pressed', 'false');

      await user.click(filterButton('All'));
      expect(bodyRows()).toHaveLength(6);
      expect(filterButton('All')).toHaveAttribute('aria-pressed', 'true');
      expect(filterButton('Failed 2')).toHaveAttribute('aria-pressed', 'false');
    });

    it('keeps the sort order inside the filtered rows', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={mixedChecks} defaultSort={{ column: 'score', direction: 'descending' }} />);
      await user.click(filterButton('Failed 2'));
      expect(rowNames()).toEqual(['Device signals', 'Face match']);
    });

    it('starts from defaultFilter when uncontrolled', () => {
      render(<DataChecksTable checks={mixedChecks} defaultFilter={['caution', 'neutral']} />);
      expect(rowNames()).toEqual(['Watchlist', 'Address lookup']);
      expect(filterButton('Needs review 1')).toHaveAttribute('aria-pressed', 'true');
      expect(filterButton('Not run 1')).toHaveAttribute('aria-pressed', 'true');
    });

    it('reports filter changes in severity order and follows the filter prop when controlled', async () => {
      const user = userEvent.setup();
      const onFilterChange = vi.fn();
      const { rerender } = render(
        <DataChecksTable checks={mixedChecks} filter={['positive']} onFilterChange={onFilterChange} />,
      );
      expect(rowNames()).toEqual(['Document check']);

      await user.click(filterButton('Failed 2'));
      expect(onFilterChange).toHaveBeenLastCalledWith(['critical', 'positive']);
      expect(rowNames()).toEqual(['Document check']);

      await user.click(filterButton('All'));
      expect(onFilterChange).toHaveBeenLastCalledWith([]);

      rerender(
        <DataChecksTable checks={mixedChecks} filter={['critical', 'positive']} onFilterChange={onFilterChange} />,
      );
      expect(rowNames()).toEqual(['Face match', 'Device signals', 'Document check']);
    });

    it('reports filter changes when uncontrolled too', async () => {
      const user = userEvent.setup();
      const onFilterChange = vi.fn();
      render(<DataChecksTable checks={mixedChecks} onFilterChange={onFilterChange} />);
      await user.click(filterButton('Unknown 1'));
      expect(onFilterChange).toHaveBeenCalledWith(['unknown']);
      expect(rowNames()).toEqual(['Phone check']);
    });

    it('keeps offering a filtered tone that has no rows, so it can be switched off', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={seedRecord} defaultFilter={['neutral']} />);
      expect(filterButton('Not run 0')).toHaveAttribute('aria-pressed', 'true');
      expect(bodyRows()[0]).toHaveTextContent('No checks to show');
      await user.click(filterButton('Not run 0'));
      expect(rowNames()).toEqual(['Authentication result', 'Device signals']);
      expect(screen.queryByRole('button', { name: /Not run/ })).toBeNull();
    });

    it('ignores unknown tones and repeats in the filter', () => {
      render(<DataChecksTable checks={mixedChecks} filter={['purple', 'positive', 'positive'] as never} />);
      expect(rowNames()).toEqual(['Document check']);
    });

    it('hides the filter with showFilter={false}', () => {
      render(<DataChecksTable checks={mixedChecks} showFilter={false} />);
      expect(screen.queryByRole('group', { name: 'Show checks by decision' })).toBeNull();
      expect(bodyRows()).toHaveLength(6);
    });

    it('still applies a filter while the toolbar is hidden', () => {
      render(<DataChecksTable checks={mixedChecks} showFilter={false} filter={['critical']} />);
      expect(rowNames()).toEqual(['Face match', 'Device signals']);
    });
  });

  describe('reasons column', () => {
    const manyReasons = {
      ManyReasons: {
        verdict: 'failure',
        reasons: ['first', 'second', 'third', 'fourth', 'fifth'].map((details) => ({ code: 'X', details })),
      },
    };

    it('shows three reasons per row by default, the rest behind a button', async () => {
      const user = userEvent.setup();
      render(<DataChecksTable checks={manyReasons} />);
      const row = rowFor('Many reasons');
      expect(row).toHaveTextContent('third');
      expect(row).not.toHaveTextContent('fourth');
      const more = within(row).getByRole('button', { name: 'Show 2 more' });
      expect(more).toHaveAttribute('aria-expanded', 'false');
      await user.click(more);
      expect(row).toHaveTextContent('fifth');
    });

    it('shows reasonsMax reasons per row', () => {
      render(<DataChecksTable checks={manyReasons} reasonsMax={1} />);
      const row = rowFor('Many reasons');
      expect(row).toHaveTextContent('first');
      expect(row).not.toHaveTextContent('second');
      expect(within(row).getByRole('button', { name: 'Show 4 more' })).toBeInTheDocument();
    });

    it.each([
      ['zero', 0],
      ['a negative number', -2],
      ['NaN', Number.NaN],
      ['a string', '5'],
    ])('uses the default of three for reasonsMax as %s', (_name, reasonsMax) => {
      render(<DataChecksTable checks={manyReasons} reasonsMax={reasonsMax as never} />);
      expect(within(rowFor('Many reasons')).getByRole('button', { name: 'Show 2 more' })).toBeInTheDocument();
    });

    it('says "No reasons given" for missing and empty reasons', () => {
      render(
        <DataChecksTable checks={{ Missing: { verdict: 'passed' }, Empty: { verdict: 'passed', reasons: [] } }} />,
      );
      expect(within(rowFor('Missing')).getByText('No reasons given')).toBeInTheDocument();
      expect(within(rowFor('Empty')).getByText('No reasons given')).toBeInTheDocument();
    });

    it('mounts no tooltip machinery until a reason code is hovered or focused', () => {
      const { container } = render(<DataChecksTable checks={seedRecord} />);
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(container.querySelector('[data-state]')).toBeNull();
    });
  });

  describe('root element', () => {
    it('passes className (merged), style, ref and DOM attributes to the root', () => {
      const ref = createRef<HTMLDivElement>();
      const { container } = render(
        <DataChecksTable
          checks={seedRecord}
          className="host"
          style={{ marginBlockEnd: 8 }}
          ref={ref}
          id="checks"
          data-testid="checks"
          aria-describedby="help"
        />,
      );
      const element = root(container);
      expect(element).toHaveClass('dblk-checks-wrapper', 'host');
      expect(element.getAttribute('style')).toContain('margin-block-end');
      expect(ref.current).toBe(element);
      expect(element).toHaveAttribute('id', 'checks');
      expect(element).toHaveAttribute('aria-describedby', 'help');
      expect(screen.getByTestId('checks')).toBe(element);
    });

    it('renders no style attribute unless one is passed', () => {
      const { container } = render(<DataChecksTable checks={mixedChecks} />);
      expect(container.querySelector('[style]')).toBeNull();
    });

    it('uses the caption prop', () => {
      render(<DataChecksTable checks={seedRecord} caption="Checks for session 42" />);
      expect(table()).toHaveAccessibleName('Checks for session 42');
    });

    it('uses the default caption for an empty caption', () => {
      render(<DataChecksTable checks={seedRecord} caption="" />);
      expect(table()).toHaveAccessibleName('Decision checks');
    });

    it('leaves the default size (md) to the stylesheet: no data-size on the root or the badges', () => {
      const { container } = render(<DataChecksTable checks={seedRecord} size="md" />);
      expect(root(container)).not.toHaveAttribute('data-size');
      expect(root(container).querySelector('[data-size]')).toBeNull();
    });

    it.each(['sm', 'lg'] as const)('sets data-size %s on the root and the badges', (size) => {
      const { container } = render(<DataChecksTable checks={seedRecord} size={size} />);
      expect(root(container)).toHaveAttribute('data-size', size);
      expect(within(rowFor('Device signals')).getByText('Not trusted').closest('[data-size]')).toHaveAttribute(
        'data-size',
        size,
      );
    });

    it('falls back to md for a size outside the vocabulary', () => {
      const { container } = render(<DataChecksTable checks={seedRecord} size={'huge' as never} />);
      expect(root(container)).not.toHaveAttribute('data-size');
    });

    it('does not modify its input', async () => {
      const user = userEvent.setup();
      const checks = deepFreeze([...mixedChecks.map((check) => ({ ...check }))]);
      const record = deepFreeze({
        AuthenticationResult: { ...failedBiometric },
        DeviceSignals: { ...untrustedDevice },
      });
      render(
        <>
          <DataChecksTable checks={checks} />
          <DataChecksTable checks={record} />
        </>,
      );
      const [first] = screen.getAllByRole('button', { name: 'Score' });
      await user.click(first as HTMLElement);
      expect(checks[0]?.name).toBe('DocumentCheck');
      expect(Object.keys(record)).toEqual(['AuthenticationResult', 'DeviceSignals']);
    });

    it('contains a row whose catalog entry throws, and reports it to the provider', () => {
      allowConsoleErrors();
      const onRenderError = vi.fn();
      const entry = {};
      Object.defineProperty(entry, 'title', {
        enumerable: true,
        get() {
          throw new Error('catalog getter');
        },
      });
      render(
        <DecisionBlocksProvider catalog={{ HOST_X: entry as never }} onRenderError={onRenderError}>
          <DataChecksTable
            checks={{ Device: { verdict: 'failure', reasons: [{ code: 'HOST_X' }] }, Document: { verdict: 'passed' } }}
          />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByText('Decision data unavailable')).toHaveAttribute('data-component', 'ReasonList');
      expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Device', 'Document']);
      expect(onRenderError).toHaveBeenCalledWith(
        expect.any(Error),
        expect.objectContaining({ componentName: 'ReasonList' }),
      );
    });

    it('ignores a message of the wrong type, reports it and keeps the default text', () => {
      const onRenderError = vi.fn();
      render(
        <DecisionBlocksProvider messages={{ checkIndex: {} as never }} onRenderError={onRenderError}>
          <DataChecksTable checks={[{ verdict: 'passed' }]} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('rowheader')).toHaveTextContent('Check 1');
      expect(onRenderError).toHaveBeenCalledWith(
        expect.any(TypeError),
        expect.objectContaining({ componentName: 'DecisionBlocksProvider' }),
      );
    });
  });

  describe('provider', () => {
    it('takes messages from the provider', () => {
      render(
        <DecisionBlocksProvider
          messages={{
            checksCaption: 'Fraud checks',
            check: 'Step',
            checkIndex: 'Step #{index}',
            filterAll: 'Everything',
            filterLabel: 'Filter steps',
            toneCritical: 'Blocked',
            noScore: 'n/a',
          }}
        >
          <DataChecksTable
            checks={[
              { verdict: 'failure', score: '' },
              { name: 'Other', score: 3 },
            ]}
          />
        </DecisionBlocksProvider>,
      );
      expect(table()).toHaveAccessibleName('Fraud checks');
      expect(columnHeader('Step')).toBeInTheDocument();
      expect(rowNames()).toContain('Step #1');
      const group = screen.getByRole('group', { name: 'Filter steps' });
      expect(within(group).getByRole('button', { name: 'Everything' })).toBeInTheDocument();
      expect(within(group).getByRole('button', { name: 'Blocked 1' })).toBeInTheDocument();
      expect(within(rowFor('Step #1')).getByText('n/a')).toBeInTheDocument();
    });

    it('takes the empty message from the provider', () => {
      render(
        <DecisionBlocksProvider messages={{ noChecks: 'Nothing ran' }}>
          <DataChecksTable checks={null} />
        </DecisionBlocksProvider>,
      );
      expect(bodyRows()[0]).toHaveTextContent('Nothing ran');
    });

    it('applies verdict tones from the provider to rows, sorting and counts', () => {
      render(
        <DecisionBlocksProvider verdictTones={{ hold: 'critical' }}>
          <DataChecksTable
            checks={[
              { name: 'A', verdict: 'passed' },
              { name: 'B', verdict: 'HOLD' },
            ]}
          />
        </DecisionBlocksProvider>,
      );
      expect(rowNames()).toEqual(['B', 'A']);
      expect(rowFor('B')).toHaveAttribute('data-tone', 'critical');
      expect(filterButton('Failed 1')).toBeInTheDocument();
    });

    it('formats scores for the provider locale', () => {
      render(
        <DecisionBlocksProvider locale="de">
          <DataChecksTable checks={seedRecord} />
        </DecisionBlocksProvider>,
      );
      expect(within(rowFor('Device signals')).getByText('28,3 %')).toBeInTheDocument();
    });

    it('formats counts and check numbers for the provider locale', () => {
      render(
        <DecisionBlocksProvider locale="ar-EG">
          <DataChecksTable checks={[{ verdict: 'failure' }, { verdict: 'failure', score: 5 }]} />
        </DecisionBlocksProvider>,
      );
      expect(rowNames()).toEqual(['Check \u0661', 'Check \u0662']);
      expect(filterButton('Failed \u0662')).toBeInTheDocument();
      const arabicPercent = new Intl.NumberFormat('ar-EG', { style: 'percent', maximumFractionDigits: 2 }).format(0.05);
      expect(within(rowFor('Check \u0662')).getByText(arabicPercent)).toBeInTheDocument();
    });

    it('shows reason titles from the provider catalog', () => {
      render(
        <DecisionBlocksProvider catalog={{ ZZ900: { title: 'Host-specific rule hit' } }}>
          <DataChecksTable checks={{ HostRules: { verdict: 'failure', reasons: [{ code: 'ZZ900' }] } }} />
        </DecisionBlocksProvider>,
      );
      expect(rowFor('Host rules')).toHaveTextContent('Host-specific rule hit');
    });

    it('renders the German message set', () => {
      render(
        <DecisionBlocksProvider messages={germanMessages} locale="de">
          <DataChecksTable checks={{ ...seedRecord, Extra: { verdict: 'passed' } }} />
          <DataChecksTable checks={[{ verdict: 'passed' }]} filter={['critical']} />
        </DecisionBlocksProvider>,
      );
      const [first, second] = screen.getAllByRole('table') as [HTMLElement, HTMLElement];
      expect(first).toHaveAccessibleName('Prüfungen der Entscheidung');
      expect(
        within(first)
          .getAllByRole('columnheader')
          .map((header) => header.textContent),
      ).toEqual(['Prüfung', 'Entscheidung', 'Score', 'Gründe']);
      expect(within(first).getByText('28,3 %')).toBeInTheDocument();
      expect(within(first).getAllByText('Kein Score')).toHaveLength(2);
      expect(within(first).getAllByText('Keine Gründe angegeben')).toHaveLength(1);
      const [group] = screen.getAllByRole('group', { name: 'Prüfungen nach Entscheidung anzeigen' });
      expect(
        within(group as HTMLElement)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Alle', 'Abgelehnt 2', 'Bestanden 1']);
      expect(second).toHaveTextContent('Keine Prüfungen vorhanden');
      expect(within(second).getAllByRole('rowgroup')[0]).not.toHaveTextContent('Prüfung 1');
    });
  });

  describe('1,000 rows', () => {
    const tones = ['failure', 'WARNING', 'escalated', 'skipped', 'passed'] as const;
    const bigChecks: NamedDataBlock[] = Array.from({ length: 1000 }, (_, index) => ({
      name: `Check${String(index).padStart(4, '0')}`,
      verdict: tones[index % tones.length] ?? null,
      score: index % 10 === 9 ? null : (index * 37) % 1000,
      reasons: [{ code: `RC${index}` }],
    }));

    // Role queries over 1,000 rows are slow in jsdom: find the row headers with a selector and
    // scope the role queries to the table head and the filter toolbar.
    const names = (container: HTMLElement) =>
      Array.from(container.querySelectorAll('tbody > tr > th[scope="row"]'), (cell) => cell.textContent);
    const part = (container: HTMLElement, selector: string) => {
      const element = container.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      return within(element);
    };

    // jsdom looks up a node's index among all its siblings on every insertBefore, so moving keyed
    // rows is quadratic here: 1,000 rows keep this test quick, while 5,000 rows are sorted and
    // filtered in real Chromium by the story tests.
    it('renders, sorts and filters every row', { timeout: 30_000 }, async () => {
      const user = userEvent.setup();
      const { container } = render(<DataChecksTable checks={bigChecks} />);
      await user.click(screen.getByRole('button', { name: 'Show all 1,000 rows' }));
      const head = part(container, 'thead');
      const toolbar = part(container, '[role="group"]');
      expect(container.querySelectorAll('tbody > tr')).toHaveLength(1000);
      const bySeverity = names(container);
      expect(bySeverity.slice(0, 3)).toEqual(['Check0000', 'Check0005', 'Check0010']);
      expect(bySeverity.at(-1)).toBe('Check0999');
      expect(toolbar.getByRole('button', { name: 'Failed 200' })).toBeInTheDocument();

      await user.click(head.getByRole('button', { name: 'Score' }));
      expect(head.getByRole('columnheader', { name: 'Score' })).toHaveAttribute('aria-sort', 'ascending');
      const byScore = names(container);
      expect(byScore).toHaveLength(1000);
      expect(byScore.slice(0, 2)).toEqual(['Check0000', 'Check0973']);
      expect(byScore.slice(-100).every((name) => name?.endsWith('9'))).toBe(true);

      await user.click(toolbar.getByRole('button', { name: 'Needs review 200' }));
      const cautionRows = names(container);
      expect(cautionRows).toHaveLength(200);
      expect(cautionRows.every((name) => Number(name?.slice(5)) % 5 === 1)).toBe(true);
      expect(toolbar.getByRole('button', { name: 'Failed 200' })).toBeInTheDocument();

      await user.click(head.getByRole('button', { name: 'Check' }));
      expect(names(container).slice(0, 2)).toEqual(['Check0001', 'Check0006']);
      expect(names(container)).toHaveLength(200);
    });
  });

  describe('bad input', () => {
    it.each([
      ['null', null],
      ['a string', 'AuthenticationResult'],
      ['a number', 42],
    ])('renders the empty table for checks as %s', (_name, checks) => {
      render(<DataChecksTable checks={checks as never} />);
      expect(bodyRows()).toHaveLength(1);
      expect(bodyRows()[0]).toHaveTextContent('No checks to show');
    });

    it('renders a row per entry for checks as an array of junk', () => {
      render(<DataChecksTable checks={[null, 1, 'x', {}, [], () => 'x'] as never} />);
      expect(rowNames()).toEqual(['Check 1', 'Check 2', 'Check 3', 'Check 4', 'Check 5', 'Check 6']);
      bodyRows().forEach((row) => {
        expect(row).toHaveAttribute('data-tone', 'unknown');
        expect(row).toHaveTextContent('No verdict');
      });
    });

    it('renders empty rows for checks as a record with null values', () => {
      render(<DataChecksTable checks={{ AuthenticationResult: null, DeviceSignals: undefined }} />);
      expect(rowNames()).toEqual(['Authentication result', 'Device signals']);
      expect(rowFor('Device signals')).toHaveTextContent('No verdict');
      expect(rowFor('Device signals')).toHaveTextContent('No reasons given');
    });

    it('renders blocks with garbage fields', () => {
      render(
        <DataChecksTable
          checks={
            [
              { name: { first: 'x' }, verdict: { nested: true }, score: 'high', reasons: 'RC004' },
              { name: 7, verdict: 3, score: Number.NaN, reasons: [null, 5, { code: {} }] },
              { name: Symbol('x'), verdict: [], score: Infinity, reasons: {} },
            ] as never
          }
        />,
      );
      expect(rowNames()).toEqual(['Check 1', '7', 'Check 3']);
      expect(within(table()).queryByRole('columnheader', { name: 'Score' })).toBeNull();
      expect(rowFor('Check 1')).toHaveTextContent('RC004');
      expect(rowFor('7')).toHaveTextContent('3');
    });

    it('renders a single block passed instead of a collection as one row', () => {
      render(<DataChecksTable checks={untrustedDevice as never} />);
      expect(rowNames()).toEqual(['Check 1']);
      expect(bodyRows()[0]).toHaveTextContent('28.3%');
    });

    describe.each(garbageValues)('with %s as input', (_name, value) => {
      it('renders and stays usable with it as checks, sort, filter, caption and every setting', async () => {
        const user = userEvent.setup();
        render(
          <>
            <DataChecksTable checks={value as never} />
            <DataChecksTable
              checks={mixedChecks}
              caption={value as never}
              sort={value as never}
              onSortChange={value as never}
              filter={value as never}
              onFilterChange={value as never}
              showFilter={value as never}
              reasonsMax={value as never}
              size={value as never}
            />
            <DataChecksTable checks={mixedChecks} defaultSort={value as never} defaultFilter={value as never} />
          </>,
        );
        const tables = screen.getAllByRole('table');
        expect(tables).toHaveLength(3);
        const [, controlled, uncontrolled] = tables as [HTMLElement, HTMLElement, HTMLElement];
        expect(within(controlled).getAllByRole('rowheader')).toHaveLength(6);
        expect(within(controlled).getByRole('columnheader', { name: 'Decision' })).toHaveAttribute(
          'aria-sort',
          'ascending',
        );
        expect(within(uncontrolled).getAllByRole('rowheader')[0]).toHaveTextContent('Face match');

        await user.click(within(controlled).getByRole('button', { name: 'Score' }));
        await user.click(within(uncontrolled).getByRole('button', { name: 'Score' }));
        expect(within(uncontrolled).getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
          'aria-sort',
          'ascending',
        );
        const failedButtons = screen.queryAllByRole('button', { name: 'Failed 2' });
        expect(failedButtons).toHaveLength(2);
        for (const button of failedButtons) await user.click(button);
        expect(within(uncontrolled).getAllByRole('rowheader')).toHaveLength(2);
      });
    });
  });
});

describe('DataChecksTable layout aids', () => {
  const checks = { AuthenticationResult: failedBiometric, DeviceSignals: untrustedDevice };

  it('scrolls in its own focusable region named by the caption', () => {
    render(<DataChecksTable checks={checks} />);
    const region = screen.getByRole('group', { name: 'Decision checks' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Decision checks' })).toBeInTheDocument();
  });

  it('says in words that the rows are in severity order, and drops the note for other orders', async () => {
    render(<DataChecksTable checks={checks} />);
    expect(screen.getByRole('table')).toHaveAccessibleDescription('Sorted by severity, most severe first');
    await userEvent.click(screen.getByRole('button', { name: /Check/ }));
    expect(screen.getByRole('table')).not.toHaveAccessibleDescription();
  });

  it('leaves check names in the table’s direction: the stylesheet reads each in its own (test/browser/name-direction)', () => {
    render(<DataChecksTable checks={{ ...checks, 'בדיקת מסמך': untrustedDevice }} />);
    expect(screen.getByRole('rowheader', { name: 'Device signals' })).not.toHaveAttribute('dir');
    expect(screen.getByRole('rowheader', { name: 'בדיקת מסמך' })).not.toHaveAttribute('dir');
  });
});
