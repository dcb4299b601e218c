import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DataChecksTable, dataChecksTablePropDefs } from '../src';
import { dataChecksTablePropDocs } from '../src/components/DataChecksTable/DataChecksTable.docs';
import { argTypesFrom } from './argTypes';
import { dataCheckLabelRows } from './fixtures/dataCheckLabels';
import { generateChecks } from './fixtures/generate';
import { mixedChecks } from './fixtures/sessions';

const meta = {
  title: 'Components/DataChecksTable',
  component: DataChecksTable,
  tags: ['autodocs'],
  argTypes: argTypesFrom(dataChecksTablePropDefs, dataChecksTablePropDocs),
} satisfies Meta<typeof DataChecksTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowNames = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

/** Every decision label of the data-checks documentation, with its decision type and catalog text. */
export const AllDataCheckLabels: Story = {
  name: 'All data-check labels',
  args: { checks: dataCheckLabelRows, caption: 'Data-check decision labels' },
};

/** Seven blocks of one session, most severe first: two failed, one for review, one unknown, one not run, two passed. */
export const RealisticSession: Story = {
  name: 'Realistic session with mixed tones',
  args: { checks: mixedChecks },
};

export const SortingByCheckName: Story = {
  name: 'Sorting by check name',
  args: { checks: mixedChecks },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const checkHeader = canvas.getByRole('columnheader', { name: 'Check' });
    const decisionHeader = canvas.getByRole('columnheader', { name: 'Decision' });
    await expect(decisionHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(checkHeader).not.toHaveAttribute('aria-sort');
    await expect(rowNames(canvasElement).slice(0, 2)).toEqual(['Device signals', 'Document check']);

    await userEvent.click(within(checkHeader).getByRole('button', { name: 'Check' }));
    await expect(checkHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(decisionHeader).not.toHaveAttribute('aria-sort');
    await expect(rowNames(canvasElement)).toEqual([
      'Address check',
      'Authentication result',
      'Device signals',
      'Document check',
      'Email risk',
      'Liveness',
      'Watchlist',
    ]);

    await userEvent.click(within(checkHeader).getByRole('button', { name: 'Check' }));
    await expect(checkHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(rowNames(canvasElement)[0]).toBe('Watchlist');
  },
};

export const FilteringByTone: Story = {
  name: 'Filtering by tone',
  args: { checks: mixedChecks },
  play: async ({ canvasElement }) => {
    const filter = within(within(canvasElement).getByRole('group', { name: 'Show checks by decision' }));
    const all = filter.getByRole('button', { name: 'All' });
    const failed = filter.getByRole('button', { name: 'Failed 2' });
    const review = filter.getByRole('button', { name: 'Needs review 1' });
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    await expect(rowNames(canvasElement)).toHaveLength(7);

    await userEvent.click(failed);
    await expect(failed).toHaveAttribute('aria-pressed', 'true');
    await expect(all).toHaveAttribute('aria-pressed', 'false');
    await expect(rowNames(canvasElement)).toEqual(['Device signals', 'Document check']);

    await userEvent.click(review);
    await expect(rowNames(canvasElement)).toEqual(['Device signals', 'Document check', 'Address check']);
    // Counts describe the whole session, not the rows left after filtering.
    for (const name of ['Failed 2', 'Needs review 1', 'Unknown 1', 'Not run 1', 'Passed 2']) {
      await expect(filter.getByRole('button', { name })).toBeVisible();
    }

    await userEvent.click(all);
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    await expect(rowNames(canvasElement)).toHaveLength(7);
  },
};

/** Seeded, so every visit shows the same rows. */
export const OneThousandRows: Story = {
  name: '1,000 rows',
  args: { checks: generateChecks(1000), caption: '1,000 generated checks' },
};

export const Empty: Story = {
  args: { checks: [] },
};

/** Opens showing only the checks that need a person: failed and for review. */
export const Filtered: Story = {
  args: { checks: mixedChecks, defaultFilter: ['critical', 'caution'] },
};

export const Playground: Story = {
  args: {
    checks: mixedChecks,
    caption: 'Decision checks',
    size: 'md',
    showFilter: true,
    maxReasons: 3,
  },
};
