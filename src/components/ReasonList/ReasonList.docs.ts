import type { PropDocs } from '../internal/propDefs';
import type { reasonListPropDefs } from './ReasonList.props';

/** What the docs and Storybook say about each `ReasonList` prop; not part of the package's runtime. */
export const reasonListPropDocs = {
  reasons: { type: 'Reason[]', description: 'The reasons to list; wins over `block.reasons`.' },
  block: { type: 'DataBlock', description: 'A data block; its reasons are listed.' },
  maxReasons: { description: 'Reasons shown before the rest collapse behind a "Show N more" button.' },
  emptyText: {
    description: 'Shown when there are no reasons; defaults to "No reasons given". `null` renders nothing.',
  },
  size: { description: 'Text size of the list.' },
} as const satisfies PropDocs<typeof reasonListPropDefs>;
