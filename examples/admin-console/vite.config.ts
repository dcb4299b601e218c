// The admin-console example: `npm run demo` serves it; the end-to-end tests build it with this
// config. It uses the library's source (../../src), so no build or install step comes first.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Its own dependency cache, so the demo and the library's test runs do not invalidate each other.
  cacheDir: '../../node_modules/.vite-admin-console',
  plugins: [react()],
});
