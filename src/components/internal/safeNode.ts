import { Children, isValidElement, type ReactNode } from 'react';

/** Keeps only what React can render; a stray object from a JS caller becomes null instead of a crash. */
export function safeNode(value: unknown): ReactNode {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isValidElement(value)) return value;
  if (Array.isArray(value)) return Children.toArray(value.map(safeNode));
  return null;
}

/** True when the node would show nothing. */
export function isEmptyNode(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.every(isEmptyNode));
}
