import type { PropDocs } from '../internal/propDefs';
import type { scoreMeterPropDefs } from './ScoreMeter.props';

/** What the docs and Storybook say about each `ScoreMeter` prop; not part of the package's runtime. */
export const scoreMeterPropDocs = {
  score: {
    type: 'number | string',
    description:
      'The score on the scale (a percentage by default); wins over `block.score`. `0` is a score, `""` and `null` are not.',
  },
  block: {
    type: 'DataBlock',
    description: 'A data block; its score is shown and its verdict gives the tone when nothing else does.',
  },
  min: { description: 'Start of the scale; an invalid range (min ≥ max, not finite) falls back to 0–100.' },
  max: {
    description: 'End of the scale; the value text is the score’s place in the range, so 0.97 with max 1 reads "97%".',
  },
  direction: { description: 'How `thresholds` are read: a trust score or a risk score.' },
  thresholds: {
    type: '{ caution?: number; critical?: number }',
    description: 'Score limits that give the tone when no `tone` prop is set.',
  },
  tone: { description: 'Overrides every other source of tone.' },
  size: { description: 'Size of the meter.' },
  label: { description: 'Visible label and accessible name; defaults to the "Score" message.' },
  format: { type: '(score, locale) => string', description: 'Formats the value text (visible and `aria-valuetext`).' },
} as const satisfies PropDocs<typeof scoreMeterPropDefs>;
