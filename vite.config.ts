/// <reference types="vitest/config" />
import './scripts/node-compat.ts';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

const external = (id: string): boolean => /^(react|react-dom|@radix-ui\/react-tooltip|clsx)(\/|$)/.test(id);

const chromium = () => {
  const { headless: _headless, ...launchOptions } = chromiumLaunchOptions();
  return playwright({ launchOptions });
};

const storyTests = (name: string, initialGlobals: Record<string, unknown> = {}) => ({
  extends: true,
  plugins: [storybookTest({ initialGlobals })],
  test: {
    name,
    // axe over the 1,000-row table story takes tens of seconds on a 2-core machine.
    testTimeout: 90_000,
    browser: {
      enabled: true,
      headless: true,
      provider: chromium(),
      instances: [{ browser: 'chromium' as const }],
    },
  },
});

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'elements/index': 'src/elements/index.ts',
        'vendors/index': 'src/vendors/index.ts',
      },
      formats: ['es', 'cjs'],
      fileName: (format, entryName) => `${entryName}.${format === 'es' ? 'js' : 'cjs'}`,
    },
    rolldownOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        exports: 'named',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          // Vitest empties every CSS import unless told otherwise; the custom elements read the
          // theme files as text (`?raw`) and need their real content.
          css: { include: [/\.css\?raw$/] },
        },
      },
      storyTests('stories-light'),
      storyTests('stories-dark', { theme: 'dark' }),
    ],
  },
});
