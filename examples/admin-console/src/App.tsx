import { useState } from 'react';
import { useRoute } from './router';
import { SessionDetail } from './SessionDetail';
import { SessionList } from './SessionList';
import { findSession, sessions } from './sessions';

const prefersDark = () => typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches;

export function App() {
  const route = useRoute();
  const [dark, setDark] = useState(prefersDark);
  const session = route.page === 'session' ? findSession(route.id) : undefined;

  return (
    // `data-dblk-theme` switches the library's colours; the console's own colours follow the
    // same `color-scheme` through light-dark(), so one attribute themes the whole page.
    <div className="console brand-acme" data-dblk-theme={dark ? 'dark' : 'light'}>
      <header className="console__bar">
        <a className="console__brand" href="#/">
          Acme Trust Console
        </a>
        <button type="button" className="console__toggle" aria-pressed={dark} onClick={() => setDark(!dark)}>
          Dark mode {/* The pressed state, visible; assistive technology reads it from aria-pressed. */}
          <span className="console__toggle-state" aria-hidden="true">
            {dark ? 'On' : 'Off'}
          </span>
        </button>
      </header>
      <main className="console__main">
        {route.page === 'list' ? (
          <SessionList sessions={sessions} />
        ) : session ? (
          <SessionDetail session={session} />
        ) : (
          <p>
            No session with the id {route.id}. <a href="#/">Back to all sessions</a>
          </p>
        )}
      </main>
    </div>
  );
}
