'use client';
import { useMemo } from 'react';
import { unavailable } from '../../i18n/english';
import type { Messages } from '../../i18n/messages';
import { useSettings } from '../../provider/context';
import { useReportFailures, type Failure } from './report';

/** What a public component's reading gave: the view's data, or the failure to show instead. */
export type Guarded<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/**
 * Runs a public component's reading (data, props, messages, catalog look-ups, number formats)
 * inside its guard. React runs no error boundaries on the server, so this is what keeps one
 * bad block from failing a whole server render: whatever the reading throws becomes a failure.
 */
export function guard<T>(componentName: string, read: () => T): Guarded<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, failure: { error, componentName } };
  }
}

function fallbackText(messages: Partial<Messages>): string {
  try {
    const text: unknown = messages.unavailable;
    if (typeof text === 'string' && text !== '') return text;
  } catch {
    // The host's messages may be what failed; the English default still explains the gap.
  }
  return unavailable;
}

/** The small note a component shows in its place when its reading failed; reports the failure once. */
export function Unavailable({ failure }: { failure: Failure }) {
  const { messages, onRenderError } = useSettings();
  const failures = useMemo(() => [failure], [failure]);
  useReportFailures(failures, onRenderError);
  return (
    <span className="dblk-unavailable" data-component={failure.componentName}>
      {fallbackText(messages)}
    </span>
  );
}
