import type { PropDocs } from '../internal/propDefs';
import type { sessionDecisionPropDefs } from './SessionDecision.props';

/** What the docs and Storybook say about each `SessionDecision` prop; not part of the package's runtime. */
export const sessionDecisionPropDocs = {
  outcome: {
    type: 'string',
    description: 'The session’s overall outcome (`decisionOutcome`), e.g. "rejected"; wins over `session`.',
  },
  checks: {
    type: 'DataBlockCollection',
    description: 'The session’s data blocks, as an array or a record; wins over `session`.',
  },
  session: {
    type: 'SessionLike',
    description:
      'A whole session object: `decisionOutcome` and `dataBlocks` (or `datablocks`, `checks`) are read from it.',
  },
  layout: { description: 'Show the blocks as a table or as cards.' },
  title: { description: 'Optional heading above the outcome.' },
  headingLevel: { description: 'Level of the heading; cards use the next level.' },
  maxRows: { description: 'The row maximum: blocks past it are counted, not read or shown.' },
} as const satisfies PropDocs<typeof sessionDecisionPropDefs>;
