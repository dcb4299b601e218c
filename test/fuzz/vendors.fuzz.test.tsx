import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DecisionBlocksProvider, SessionDecision } from '../../src';
import { germanMessages } from '../../src/locales';
import * as alloy from '../../stories/fixtures/vendors/alloy';
import * as complycube from '../../stories/fixtures/vendors/complycube';
import * as didit from '../../stories/fixtures/vendors/didit';
import * as idnow from '../../stories/fixtures/vendors/idnow';
import * as incode from '../../stories/fixtures/vendors/incode';
import * as jumio from '../../stories/fixtures/vendors/jumio';
import * as onfido from '../../stories/fixtures/vendors/onfido';
import * as persona from '../../stories/fixtures/vendors/persona';
import * as socure from '../../stories/fixtures/vendors/socure';
import * as stripe from '../../stories/fixtures/vendors/stripe';
import * as sumsub from '../../stories/fixtures/vendors/sumsub';
import * as veriff from '../../stories/fixtures/vendors/veriff';
import { adapters } from '../vendors/adapters';
import { fuzzParameters, fuzzTimeout, json, junk, nastyString } from './arbitraries';

const documented: unknown[] = [
  alloy,
  complycube,
  didit,
  idnow,
  incode,
  jumio,
  onfido,
  persona,
  socure,
  stripe,
  sumsub,
  veriff,
].flatMap((module) => Object.values(module));

/** Replaces one value somewhere in a documented payload with junk: the shape of API drift. */
function mutate(value: unknown, replacement: unknown, path: readonly number[]): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] as number) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...value };
  copy[key] = mutate((value as Record<string, unknown>)[key], replacement, path.slice(1));
  return copy;
}

const driftedPayload = fc
  .tuple(
    fc.constantFrom(...documented),
    fc.oneof(junk, json, nastyString),
    fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  )
  .map(([payload, replacement, path]) => mutate(payload, replacement, path));

const anyPayload = fc.oneof(
  { weight: 3, arbitrary: driftedPayload },
  { weight: 1, arbitrary: json },
  { weight: 1, arbitrary: junk },
);

describe('fuzzing the vendor adapters', () => {
  it.each(adapters)(
    `%s never throws on drifted documented payloads, JSON or junk (${fuzzParameters().numRuns} runs)`,
    (_name, adapter) => {
      fc.assert(
        fc.property(anyPayload, (payload) => {
          const result = adapter(payload);
          return (result.outcome === null || typeof result.outcome === 'string') && Array.isArray(result.dataBlocks);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );

  it(
    'renders any adapter output in SessionDecision without a fallback or console.error',
    () => {
      const consoleError = vi.mocked(console.error);
      fc.assert(
        fc.property(fc.constantFrom(...adapters), anyPayload, fc.boolean(), ([, adapter], payload, german) => {
          const before = consoleError.mock.calls.length;
          try {
            const { container } = render(
              <DecisionBlocksProvider {...(german ? { messages: germanMessages, locale: 'de' } : {})}>
                <SessionDecision session={adapter(payload)} />
              </DecisionBlocksProvider>,
            );
            expect(container.querySelector('[data-tone]')).not.toBeNull();
            expect(container.textContent).not.toContain('Decision data unavailable');
            expect(container.textContent).not.toContain('Entscheidungsdaten nicht verfügbar');
            expect(consoleError.mock.calls.length).toBe(before);
          } finally {
            cleanup();
          }
        }),
        { ...fuzzParameters(), numRuns: Math.min(fuzzParameters().numRuns ?? 100, 150) },
      );
    },
    fuzzTimeout(),
  );
});
