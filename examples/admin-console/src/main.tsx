/// <reference types="vite/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './console.css';

// An installed app imports 'decision-blocks/styles.css'. This example runs on the library's
// source instead: the tokens first (the other theme files build on them and come after them in
// the same cascade layer), then every other theme file.
import.meta.glob('../../../src/theme/tokens.css', { eager: true });
import.meta.glob(['../../../src/theme/*.css', '!**/tokens.css'], { eager: true });

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
