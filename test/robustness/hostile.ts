/** Values that throw when looked at: what the containment tests and the server fuzz pass around. */

export function revokedProxy(): never {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy as never;
}

/** A proxy whose own keys cannot be listed. */
export function ownKeysThrowing(): object {
  return new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('ownKeys trap');
      },
    },
  );
}

/** A catalog whose entry has a `title` getter that throws: only a component that looks the code up fails. */
export function throwingTitleCatalog(code = 'RC004'): Record<string, never> {
  const entry = {};
  Object.defineProperty(entry, 'title', {
    enumerable: true,
    get() {
      throw new Error('catalog getter');
    },
  });
  return { [code]: entry as never };
}
