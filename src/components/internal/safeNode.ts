import { Children, isValidElement, type ReactNode } from 'react';
import { DEFAULT_MAX_ENTRIES, isList, wellFormed } from '../../model/read';

function node(value: unknown): ReactNode {
  if (typeof value === 'string') return wellFormed(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isValidElement(value)) return value;
  if (isList(value)) return Children.toArray(value.slice(0, DEFAULT_MAX_ENTRIES).map(node));
  return null;
}

/**
 * Keeps only what React can render; a stray object from a JS caller becomes null instead of a
 * crash, and so does a value that throws when looked at (a revoked proxy).
 */
export function safeNode(value: unknown): ReactNode {
  try {
    return node(value);
  } catch {
    return null;
  }
}

/** True when the node would show nothing. */
export function isEmptyNode(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.every(isEmptyNode));
}
