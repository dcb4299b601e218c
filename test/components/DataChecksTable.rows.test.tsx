import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataChecksTable, type NamedDataBlock } from '../../src';

const VERDICTS = ['failure', 'WARNING', 'escalated', 'skipped', 'passed'] as const;

function checks(count: number): NamedDataBlock[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Check${String(index).padStart(5, '0')}`,
    verdict: VERDICTS[index % VERDICTS.length] ?? null,
    score: index % 100,
  }));
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('DataChecksTable row groups', () => {
  it('puts the rows of each tone in a row group named for the tone, in severity order', () => {
    render(<DataChecksTable checks={checks(10)} />);
    const [, ...groups] = within(screen.getByRole('table')).getAllByRole('rowgroup');
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([
      'Failed',
      'Needs review',
      'Unknown',
      'Not run',
      'Passed',
    ]);
    expect(groups.map((group) => group.getAttribute('data-tone'))).toEqual([
      'critical',
      'caution',
      'unknown',
      'neutral',
      'positive',
    ]);
    expect(
      within(groups[0]!)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Check00000', 'Check00005']);
  });

  it('shows one unlabelled row group when sorted by name', async () => {
    render(<DataChecksTable checks={checks(10)} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check' }));
    const [, ...groups] = within(screen.getByRole('table')).getAllByRole('rowgroup');
    expect(groups).toHaveLength(1);
    expect(groups[0]).not.toHaveAttribute('aria-label');
  });

  it('keeps the DOM node of every row whose verdict did not change when 10% of verdicts change', () => {
    const before = checks(50);
    const { rerender } = render(<DataChecksTable checks={before} />);
    const nodes = new Map(before.map((check) => [check.name, rowOf(check.name ?? '')]));
    const after = before.map((check, index) => (index % 10 === 3 ? { ...check, verdict: 'failure' } : check));
    rerender(<DataChecksTable checks={after} />);
    for (const [index, check] of after.entries()) {
      const row = rowOf(check.name ?? '');
      if (index % 10 === 3) expect(row.closest('tbody')).toHaveAttribute('data-tone', 'critical');
      else expect(row, check.name ?? '').toBe(nodes.get(check.name));
    }
  });

  it('keeps unchanged rows in place under their group: no row moves but the changed ones', () => {
    const before = checks(20);
    const { rerender } = render(<DataChecksTable checks={before} />);
    const passedGroup = rowOf('Check00004').closest('tbody');
    const orderBefore = Array.from(passedGroup?.children ?? []);
    const after = before.map((check, index) => (index === 9 ? { ...check, verdict: 'failure' } : check));
    rerender(<DataChecksTable checks={after} />);
    expect(Array.from(passedGroup?.children ?? [])).toEqual(
      orderBefore.filter((row) => row.textContent?.includes('Check00009') !== true),
    );
  });
});

describe('DataChecksTable element count', () => {
  it('draws a row with as many elements as its cells need', () => {
    const { container } = render(
      <DataChecksTable checks={[{ name: 'Device', verdict: 'failed', score: 10, reasons: [] }]} showFilter={false} />,
    );
    const row = rowOf('Device');
    // tr, th, the badge cell and its one-element badge, the score cell, the reasons cell and its note.
    expect(row.querySelectorAll('*')).toHaveLength(6);
    expect(container.querySelector('svg')).toBeNull();
  });
});

describe('DataChecksTable windowing', () => {
  it('mounts every row up to 200 rows, without row indexes', () => {
    const { container } = render(<DataChecksTable checks={checks(200)} />);
    expect(container.querySelectorAll('tbody th[scope="row"]')).toHaveLength(200);
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-rowcount');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('mounts only the first rows past 200, with aria-rowcount and aria-rowindex', () => {
    const { container } = render(<DataChecksTable checks={checks(1000)} />);
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const mounted = Array.from(container.querySelectorAll<HTMLElement>('tr[aria-rowindex]'));
    expect(mounted.length).toBeLessThan(100);
    expect(mounted.map((row) => Number(row.getAttribute('aria-rowindex')))).toEqual(
      mounted.map((_, index) => index + 2),
    );
    expect(screen.getByRole('group', { name: 'Decision checks' })).toHaveAttribute('tabindex', '0');
  });

  it('windows a table where the browser has no ResizeObserver: the first 24 rows', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    try {
      const { container } = render(<DataChecksTable checks={checks(1000)} />);
      const mounted = Array.from(container.querySelectorAll('tr[aria-rowindex]'));
      expect(mounted).toHaveLength(24);
      expect(mounted.at(-1)).toHaveAttribute('aria-rowindex', '25');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  describe('a viewport the ResizeObserver reports', () => {
    const reports: Array<() => void> = [];
    beforeEach(() => {
      reports.length = 0;
      vi.stubGlobal(
        'ResizeObserver',
        class {
          constructor(callback: () => void) {
            reports.push(callback);
          }
          observe() {}
          unobserve() {}
          disconnect() {}
        },
      );
    });
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    });

    /** Lays the viewport out `height` px tall, with every mounted row `rowBottom` px from its top. */
    function layOut(viewport: HTMLElement, height: number, rowBottom: number) {
      Object.defineProperty(viewport, 'clientHeight', { configurable: true, value: height });
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        const bottom = this === viewport ? height : rowBottom;
        return { top: 0, bottom, left: 0, right: 0, width: 0, height: bottom, x: 0, y: 0, toJSON: () => null };
      });
    }

    it('taller than the first rows: mounts the rows that fill it', () => {
      const { container } = render(<DataChecksTable checks={checks(1000)} />);
      layOut(screen.getByRole('group', { name: 'Decision checks' }), 2000, 984);
      act(() => reports.forEach((report) => report()));
      // 2,000 px of 41 px rows, and 8 rows past each edge of the view.
      expect(container.querySelectorAll('tr[aria-rowindex]')).toHaveLength(Math.ceil(2000 / 41) + 16);
    });

    it('no taller than the first rows: keeps them', () => {
      const { container } = render(<DataChecksTable checks={checks(1000)} />);
      layOut(screen.getByRole('group', { name: 'Decision checks' }), 576, 984);
      act(() => reports.forEach((report) => report()));
      expect(container.querySelectorAll('tr[aria-rowindex]')).toHaveLength(24);
    });

    it('taller than all the rows of a table at its last row: keeps them', () => {
      const { container } = render(<DataChecksTable checks={checks(201)} />);
      const viewport = screen.getByRole('group', { name: 'Decision checks' });
      act(() => {
        fireEvent.keyDown(viewport, { key: 'End' });
      });
      const mounted = container.querySelectorAll('tr[aria-rowindex]').length;
      layOut(viewport, 20_000, 984);
      act(() => reports.forEach((report) => report()));
      expect(container.querySelectorAll('tr[aria-rowindex]')).toHaveLength(mounted);
    });
  });

  it('shows every row after "Show all N rows"', async () => {
    const { container } = render(<DataChecksTable checks={checks(300)} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all 300 rows' }));
    expect(container.querySelectorAll('tbody th[scope="row"]')).toHaveLength(300);
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-rowcount');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('mounts every row for printing and windows them again afterwards', () => {
    const { container } = render(<DataChecksTable checks={checks(300)} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelectorAll('tbody th[scope="row"]')).toHaveLength(300);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelectorAll('tbody th[scope="row"]').length).toBeLessThan(100);
  });

  it('moves focus from row to row with the arrow keys and mounts the last row with End', () => {
    const { container } = render(<DataChecksTable checks={checks(1000)} />);
    const viewport = screen.getByRole('group', { name: 'Decision checks' });
    fireEvent.keyDown(viewport, { key: 'ArrowDown' });
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '3');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '1001');
    expect(container.querySelector('tr[aria-rowindex="2"]')).toBeNull();
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2');
  });

  it('counts the rows left after filtering', async () => {
    render(<DataChecksTable checks={checks(1500)} maxRows={1500} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Failed 300' }));
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '301');
    expect(screen.getByRole('button', { name: 'Show all 300 rows' })).toBeInTheDocument();
  });
});
