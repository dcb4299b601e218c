// @vitest-environment node
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { fuzzParameters, fuzzTimeout } from './arbitraries';
import { fuzzedComponents } from './props';

/**
 * Server rendering has no error boundaries: whatever a component throws reaches the caller. So
 * the same fuzzed props must also render to a string in plain Node, without a `style` attribute.
 */
describe.each(fuzzedComponents)('fuzzing $name on the server', ({ props, element }) => {
  it(
    `renders arbitrary data to a string without throwing or console.error (${fuzzParameters().numRuns} runs)`,
    () => {
      const consoleError = vi.mocked(console.error);
      fc.assert(
        fc.property(props, (values) => {
          const errorsBefore = consoleError.mock.calls.length;
          const html = renderToString(element(values));
          if (/\sstyle="/.test(html)) throw new Error('rendered a style attribute');
          const logged = consoleError.mock.calls.slice(errorsBefore);
          if (logged.length > 0) throw new Error(`console.error: ${logged[0]?.map(String).join(' ')}`);
        }),
        fuzzParameters(),
      );
      expect(typeof document).toBe('undefined');
    },
    fuzzTimeout(),
  );
});
