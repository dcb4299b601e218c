import { useSyncExternalStore } from 'react';

/** The two pages of the console, read from the URL hash so the static build needs no server routes. */
export type Route = { page: 'list' } | { page: 'session'; id: string };

function parseRoute(hash: string): Route {
  const match = /^#\/sessions\/([^/]+)$/.exec(hash);
  return match?.[1] ? { page: 'session', id: decodeURIComponent(match[1]) } : { page: 'list' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, () => window.location.hash));
}

export const sessionHref = (id: string) => `#/sessions/${encodeURIComponent(id)}`;
