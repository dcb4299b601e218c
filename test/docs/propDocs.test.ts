// The props' docs live apart from their runtime declarations (`*.docs.ts` next to `*.props.ts`),
// so the package does not ship them; these checks keep the two in step and the Storybook
// controls complete.
import { describe, expect, it } from 'vitest';
import { argTypesFrom } from '../../stories/argTypes';
import { dataBlockCardPropDocs } from '../../src/components/DataBlockCard/DataBlockCard.docs';
import { dataChecksTablePropDocs } from '../../src/components/DataChecksTable/DataChecksTable.docs';
import { decisionBadgePropDocs } from '../../src/components/DecisionBadge/DecisionBadge.docs';
import { reasonListPropDocs } from '../../src/components/ReasonList/ReasonList.docs';
import { scoreMeterPropDocs } from '../../src/components/ScoreMeter/ScoreMeter.docs';
import { sessionDecisionPropDocs } from '../../src/components/SessionDecision/SessionDecision.docs';
import type { PropDefs, PropDocs } from '../../src/components/internal/propDefs';
import {
  dataBlockCardPropDefs,
  dataChecksTablePropDefs,
  decisionBadgePropDefs,
  reasonListPropDefs,
  scoreMeterPropDefs,
  sessionDecisionPropDefs,
} from '../../src';

const components: [string, PropDefs, PropDocs<PropDefs>][] = [
  ['DecisionBadge', decisionBadgePropDefs, decisionBadgePropDocs],
  ['ScoreMeter', scoreMeterPropDefs, scoreMeterPropDocs],
  ['ReasonList', reasonListPropDefs, reasonListPropDocs],
  ['DataBlockCard', dataBlockCardPropDefs, dataBlockCardPropDocs],
  ['DataChecksTable', dataChecksTablePropDefs, dataChecksTablePropDocs],
  ['SessionDecision', sessionDecisionPropDefs, sessionDecisionPropDocs],
];

describe.each(components)('%s props', (_name, defs, docs) => {
  it('documents every declared prop, and only those', () => {
    expect(Object.keys(docs)).toEqual(Object.keys(defs));
  });

  it('gives Storybook a description, a type, the default and the options of every prop', () => {
    const argTypes = argTypesFrom(defs, docs);
    expect(Object.keys(argTypes)).toEqual(Object.keys(defs));
    for (const [prop, def] of Object.entries(defs)) {
      const argType = argTypes[prop];
      expect(argType?.description, prop).toMatch(/\S/);
      expect(argType?.table?.type?.summary, prop).toMatch(/\S/);
      if ('default' in def && def.default !== undefined) {
        expect(argType?.table?.defaultValue?.summary, prop).toBe(String(def.default));
      }
      if (def.kind === 'enum') expect(argType?.options, prop).toEqual([...def.values]);
    }
  });

  it('keeps descriptions out of the runtime declarations', () => {
    for (const def of Object.values(defs)) expect(def).not.toHaveProperty('description');
  });
});

describe('PropDocs', () => {
  it('does not accept docs that leave a prop out, or name one that is not declared', () => {
    const { tooltip: _left, ...incomplete } = decisionBadgePropDocs;
    // @ts-expect-error: `tooltip` has no description
    const missing: PropDocs<typeof decisionBadgePropDefs> = incomplete;
    // @ts-expect-error: a data prop's docs name its type
    const untyped: PropDocs<typeof decisionBadgePropDefs> = { ...decisionBadgePropDocs, block: { description: 'x' } };
    expect([missing, untyped]).toHaveLength(2);
  });
});
