/** The one prop vocabulary shared by every component. */
export const SIZES = ['sm', 'md', 'lg'] as const;
export type Size = (typeof SIZES)[number];

/** `data-size`: none for `md`, the stylesheet's default, so the thousands of default-sized parts of a page carry one attribute less. */
export function sizeAttribute(size: Size): Size | undefined {
  return size === 'md' ? undefined : size;
}

export const VARIANTS = ['subtle', 'solid', 'outline'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Returns `value` when it is one of `allowed`, else `fallback`: props from JS callers may be anything. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
