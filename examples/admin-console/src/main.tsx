/// <reference types="vite/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './console.css';

// An installed app imports 'decision-blocks/styles.css'. This example runs on the library's
// source instead, whose entry imports every theme file in order.
import '../../../src/theme/index.css';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
