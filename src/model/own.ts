import { ownEntries } from './read';

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
): void {
  for (const [key, descriptor] of ownEntries(source) ?? []) {
    if (descriptor.get) {
      Object.defineProperty(target, key, { get: descriptor.get, enumerable: true, configurable: true });
    } else if (accept(descriptor.value)) {
      Object.defineProperty(target, key, {
        value: descriptor.value,
        enumerable: true,
        configurable: true,
        writable: false,
      });
    }
  }
}

/** A null-prototype record, so keys such as `__proto__` and `toString` are ordinary keys. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
