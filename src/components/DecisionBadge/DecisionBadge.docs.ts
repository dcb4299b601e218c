import type { PropDocs } from '../internal/propDefs';
import type { decisionBadgePropDefs } from './DecisionBadge.props';

/** What the docs and Storybook say about each `DecisionBadge` prop; not part of the package's runtime. */
export const decisionBadgePropDocs = {
  verdict: { type: 'string', description: 'The verdict to show, e.g. "not_trusted"; wins over `block.verdict`.' },
  block: { type: 'DataBlock', description: 'A data block; its verdict is shown.' },
  tone: { description: 'Overrides the tone read from the verdict.' },
  label: { description: 'Text to show instead of the humanized verdict.' },
  size: { description: 'Size of the badge.' },
  variant: { description: 'Fill style: tinted, filled or outlined.' },
  tooltip: { description: 'Extra detail shown in a tooltip on hover and keyboard focus; makes the badge focusable.' },
} as const satisfies PropDocs<typeof decisionBadgePropDefs>;
