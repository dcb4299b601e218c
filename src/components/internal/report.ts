'use client';
import { useEffect, useSyncExternalStore } from 'react';
import type { RenderErrorHandler } from '../../provider/context';

/** Something a component or the provider could not use, for the host's `onRenderError`. */
export interface Failure {
  error: unknown;
  componentName: string;
}

const reported = new WeakSet<Failure>();

function reportOnce(failure: Failure, handler: unknown): void {
  if (reported.has(failure)) return;
  reported.add(failure);
  if (typeof handler !== 'function') return;
  try {
    (handler as RenderErrorHandler)(failure.error, { componentName: failure.componentName });
  } catch {
    // A failing error handler must not turn a contained error into an uncontained one.
  }
}

const subscribeToNothing = () => () => {};

/**
 * Hands each failure to `onRenderError` once. On the server, where effects never run, and while
 * hydrating its markup, that happens during rendering (React runs no error boundaries there);
 * in the browser it happens after commit, so a handler may set state.
 */
export function useReportFailures(failures: readonly Failure[], handler: unknown): void {
  const serverMarkup = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  if (serverMarkup) for (const failure of failures) reportOnce(failure, handler);
  useEffect(() => {
    for (const failure of failures) reportOnce(failure, handler);
  }, [failures, handler]);
}
