// @vitest-environment node
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DecisionBlocksProvider } from '../../src';
import { fuzzParameters, fuzzTimeout, hostileSettings, providerSettings } from './arbitraries';
import { fuzzedComponents } from './props';

/**
 * Server rendering has no error boundaries: whatever a component throws reaches the caller. So
 * the same fuzzed props must also render to a string in plain Node, without a `style` attribute,
 * under a provider whose settings are fuzzed too (JSON, junk, revoked proxies, throwing getters).
 * The provider may report settings it left out; a component may never fall back because of them.
 */
describe.each(fuzzedComponents)('fuzzing $name on the server', ({ name, props, element }) => {
  it(
    `renders arbitrary data to a string without throwing or console.error (${fuzzParameters().numRuns} runs)`,
    () => {
      const consoleError = vi.mocked(console.error);
      fc.assert(
        fc.property(
          props,
          fc.oneof(
            providerSettings.map((settings) => () => settings),
            hostileSettings,
          ),
          (values, makeSettings) => {
            const settings = makeSettings();
            const errorsBefore = consoleError.mock.calls.length;
            const onRenderError = vi.fn();
            const html = renderToString(
              <main>
                <h1>Host</h1>
                <DecisionBlocksProvider {...settings} onRenderError={onRenderError}>
                  {element(values)}
                </DecisionBlocksProvider>
              </main>,
            );
            if (!html.includes('<h1>Host</h1>')) throw new Error('the host page did not render');
            if (/\sstyle="/.test(html)) throw new Error('rendered a style attribute');
            if (html.includes('dblk-unavailable')) throw new Error(`${name} fell back on the server`);
            for (const [error, info] of onRenderError.mock.calls) {
              if ((info as { componentName: string }).componentName !== 'DecisionBlocksProvider') {
                throw new Error(`${name} reported ${String(error)}`);
              }
            }
            const logged = consoleError.mock.calls.slice(errorsBefore);
            if (logged.length > 0) throw new Error(`console.error: ${logged[0]?.map(String).join(' ')}`);
          },
        ),
        fuzzParameters(),
      );
      expect(typeof document).toBe('undefined');
    },
    fuzzTimeout(),
  );
});
