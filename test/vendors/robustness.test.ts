import { describe, expect, it } from 'vitest';
import { garbageValues } from '../helpers';
import { adapters } from './adapters';

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function throwingGetters(): object {
  const trap = () => {
    throw new Error('getter');
  };
  return new Proxy({}, { get: trap, ownKeys: trap, has: trap, getOwnPropertyDescriptor: trap });
}

function cyclic(): object {
  const node: Record<string, unknown> = { status: 'approved', decision: { type: 'PASSED' } };
  node.verification = node;
  node.data = node;
  node.capabilities = { liveness: [node] };
  node.payload = { object: node };
  node.reports = [node];
  return node;
}

const hugeList = Array.from({ length: 100_000 }, (_, index) => ({
  name: `check_${index}`,
  status: 'passed',
  decision: { type: 'PASSED' },
}));

const nasty: ReadonlyArray<readonly [string, () => unknown]> = [
  ...garbageValues.map(([name, value]) => [name, () => value] as const),
  ['a revoked proxy', revokedProxy],
  ['a proxy whose every trap throws', throwingGetters],
  ['a cycle through every field the adapters read', cyclic],
  [
    'nested revoked proxies',
    () => ({
      verification: revokedProxy(),
      data: revokedProxy(),
      capabilities: revokedProxy(),
      reviewResult: revokedProxy(),
    }),
  ],
  [
    '100,000 checks in every list',
    () => ({
      reports: hugeList,
      capabilities: { liveness: hugeList },
      included: hugeList,
      items: hugeList,
      id_verifications: hugeList,
    }),
  ],
  [
    '100,000 reject labels',
    () => ({
      reviewStatus: 'completed',
      reviewResult: { reviewAnswer: 'RED', rejectLabels: Array(100_000).fill('FORGERY') },
    }),
  ],
  [
    '"__proto__", "constructor" and "toString" as statuses',
    () =>
      JSON.parse(
        '{"status":"__proto__","verification":{"status":"constructor"},"decision":{"value":"toString"},"__proto__":{"status":"approved"}}',
      ),
  ],
];

describe.each(adapters)('%s on bad input', (name, adapter) => {
  it.each(nasty)('does not throw on %s and returns a valid decision', (_label, make) => {
    const started = performance.now();
    const result = adapter(make());
    expect(performance.now() - started, `${name} took too long`).toBeLessThan(1_000);
    expect(result.outcome === null || typeof result.outcome === 'string').toBe(true);
    expect(Array.isArray(result.dataBlocks)).toBe(true);
    expect(result.dataBlocks.length).toBeLessThanOrEqual(10_000);
    expect(Array.isArray(result.problems)).toBe(true);
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('lists a problem for input that is not an object', () => {
    expect(adapter(42).problems).toHaveLength(1);
  });

  it('does not modify its input', () => {
    const input = Object.freeze({ status: 'approved', verification: Object.freeze({ status: 'approved' }) });
    expect(() => adapter(input)).not.toThrow();
  });
});
