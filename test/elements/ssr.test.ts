// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('decision-blocks/elements during server rendering', () => {
  it('imports in plain Node, where there is no HTMLElement', async () => {
    expect(typeof HTMLElement).toBe('undefined');
    const elements = await import('../../src/elements');
    expect(Object.keys(elements.decisionElements)).toHaveLength(6);
    expect(elements.elementStyles).toContain(':where(.dblk-badge)');
  });

  it('defines nothing and says so when there is no custom element registry', async () => {
    const { defineDecisionElements } = await import('../../src/elements');
    expect(typeof customElements).toBe('undefined');
    expect(defineDecisionElements()).toBe(false);
  });
});
