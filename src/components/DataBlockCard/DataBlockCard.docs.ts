import type { PropDocs } from '../internal/propDefs';
import type { dataBlockCardPropDefs } from './DataBlockCard.props';

/** What the docs and Storybook say about each `DataBlockCard` prop; not part of the package's runtime. */
export const dataBlockCardPropDocs = {
  block: {
    type: 'NamedDataBlock',
    description: 'The data block; a `name` on it becomes the heading when `title` is not given.',
  },
  verdict: { type: 'string', description: 'The verdict; wins over `block.verdict`.' },
  score: { type: 'number | string', description: 'The score; wins over `block.score`.' },
  reasons: { type: 'Reason[]', description: 'The reasons; win over `block.reasons`.' },
  title: { description: 'Heading text; defaults to the humanized `name` (or `block.name`).' },
  name: {
    type: 'string',
    description: 'Machine name of the block, e.g. "AuthenticationResult"; humanized for the heading.',
  },
  headingLevel: { description: 'Level of the heading element.' },
  size: { description: 'Size of the card, its badge and meter.' },
  maxReasons: { description: 'Reasons shown before the rest collapse behind "Show N more".' },
  direction: { description: 'How the meter reads `thresholds`.' },
  thresholds: {
    type: '{ caution?: number; critical?: number }',
    description: 'Score limits that give the meter its tone.',
  },
} as const satisfies PropDocs<typeof dataBlockCardPropDefs>;
