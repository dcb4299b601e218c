import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DecisionBlocksProvider } from '../../src';
import { fuzzParameters, fuzzTimeout, providerSettings } from './arbitraries';
import { fuzzedComponents } from './props';

/**
 * Each run renders one component with fuzzed props, under a provider with fuzzed settings, and
 * fails, with the props as counterexample, when anything threw, React logged console.error, or
 * the component fell back to "Decision data unavailable" (its input must never be the reason a
 * component gives up). The provider may report settings it ignored; components may report nothing.
 */
describe.each(fuzzedComponents)('fuzzing $name', ({ name, props, element }) => {
  it(
    `renders arbitrary JSON and nearly-valid data without throwing or console.error (${fuzzParameters().numRuns} runs)`,
    () => {
      const consoleError = vi.mocked(console.error);
      let runs = 0;
      fc.assert(
        fc.property(props, providerSettings, (values, settings) => {
          runs += 1;
          const errorsBefore = consoleError.mock.calls.length;
          const onRenderError = vi.fn();
          try {
            const { container } = render(
              <DecisionBlocksProvider {...settings} onRenderError={onRenderError}>
                {element(values)}
              </DecisionBlocksProvider>,
            );
            const fallback = container.querySelector('.dblk-unavailable');
            if (fallback) throw new Error(`${name} showed its fallback: ${String(onRenderError.mock.calls[0]?.[0])}`);
            const fromComponents = onRenderError.mock.calls.filter(
              ([, info]) => (info as { componentName: string }).componentName !== 'DecisionBlocksProvider',
            );
            if (fromComponents.length > 0) throw new Error(`onRenderError was called for ${name}`);
            const logged = consoleError.mock.calls.slice(errorsBefore);
            if (logged.length > 0) throw new Error(`console.error: ${logged[0]?.map(String).join(' ')}`);
          } finally {
            cleanup();
          }
        }),
        fuzzParameters(),
      );
      expect(runs).toBeGreaterThanOrEqual(fuzzParameters().numRuns ?? 0);
    },
    fuzzTimeout(),
  );
});
