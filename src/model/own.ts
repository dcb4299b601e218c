import { ownEntries } from './read';

/** What copying left out: the keys whose values `accept` refused, or everything when none could be listed. */
export type CopyResult = { rejected: string[] } | { unreadable: true };

/**
 * Copies the own enumerable string-keyed properties of `source` onto `target` as property
 * descriptors: getters are copied, not called, so a bad getter in host configuration fails
 * where the value is used (inside a component's guard) and not where it is merged. `accept`
 * filters plain values; getters always pass. Never throws: a source whose keys cannot be
 * listed (a revoked proxy) is left out whole.
 */
export function copyOwnEntries(
  target: Record<string, unknown>,
  source: unknown,
  accept: (value: unknown) => boolean = (value) => value !== undefined,
): CopyResult {
  const entries = ownEntries(source);
  if (entries === null) return { unreadable: true };
  const rejected: string[] = [];
  for (const [key, descriptor] of entries) {
    if (descriptor.get) {
      Object.defineProperty(target, key, { get: descriptor.get, enumerable: true, configurable: true });
    } else if (accept(descriptor.value)) {
      Object.defineProperty(target, key, {
        value: descriptor.value,
        enumerable: true,
        configurable: true,
        writable: false,
      });
    } else {
      rejected.push(key);
    }
  }
  return { rejected };
}

/** A null-prototype record, so keys such as `__proto__` and `toString` are ordinary keys. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
