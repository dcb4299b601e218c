/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { elementStylesPlugin } from './scripts/theme.ts';

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
  plugins: [react(), elementStylesPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/hosts/**', 'test/visual/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        // Fresh host apps built from the packed package. `npm test` runs them on their own,
        // after the other projects: they install and build whole apps and would starve the
        // browser tests of the machine's cores.
        extends: true,
        test: {
          name: 'hosts',
          environment: 'node',
          include: ['test/hosts/hosts.test.ts'],
        },
      },
      {
        // Reference screenshots of the key states (test/visual/__screenshots__). After an
        // intended visual change: `npm run test:visual:update`, then review the new images.
        extends: true,
        test: {
          name: 'visual',
          include: ['test/visual/**/*.test.tsx'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' as const }],
            viewport: { width: 1280, height: 900 },
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // Anti-aliasing may differ by a few pixels between runs; a moved word does not.
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.002 },
              },
            },
          },
        },
      },
      storyTests('stories-light'),
      storyTests('stories-dark', { theme: 'dark' }),
    ],
  },
});
