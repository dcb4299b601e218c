import type { PropDocs } from '../internal/propDefs';
import type { dataChecksTablePropDefs } from './DataChecksTable.props';

const SORT_TYPE = "{ column: 'check' | 'decision' | 'score'; direction: 'ascending' | 'descending' }";

/** What the docs and Storybook say about each `DataChecksTable` prop; not part of the package's runtime. */
export const dataChecksTablePropDocs = {
  checks: {
    type: 'DataBlockCollection',
    description: 'The checks: an array of named blocks, or a record such as `{ AuthenticationResult: {...} }`.',
  },
  caption: { description: 'The table caption; defaults to the "Decision checks" message.' },
  sort: { type: SORT_TYPE, description: 'Controlled sort order.' },
  defaultSort: {
    type: SORT_TYPE,
    description: 'Initial sort order when uncontrolled; default: by decision, most severe first.',
  },
  onSortChange: { type: '(sort) => void', description: 'Called with the new order when a header button is pressed.' },
  filter: { type: 'Tone[]', description: 'Controlled tone filter; empty shows every row.' },
  defaultFilter: { type: 'Tone[]', description: 'Initial tone filter when uncontrolled.' },
  onFilterChange: {
    type: '(filter) => void',
    description: 'Called with the new filter when a filter button is pressed.',
  },
  showFilter: { description: 'Shows the tone filter above the table.' },
  maxReasons: { description: 'Reasons shown per row before a "Show N more" button.' },
  size: { description: 'Text size of the table.' },
  maxRows: { description: 'The row maximum: checks past it are counted, not read or shown.' },
} as const satisfies PropDocs<typeof dataChecksTablePropDefs>;
