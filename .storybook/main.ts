import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { cssTarget } from '../scripts/theme.ts';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // CI and dev machines have no network beyond the package registries.
  core: { disableTelemetry: true },
  // Radix is imported lazily, on a tooltip's first hover or focus. When Vite's pre-bundle cache was
  // built before a module imported it, Vite finds it mid-run, re-bundles and reloads the page, and
  // the story test that was running fails. Listed here, it is always pre-bundled.
  // The static build keeps the theme as written, for the browsers dist/styles.css is built for
  // (scripts/theme.ts).
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      optimizeDeps: { include: ['@radix-ui/react-tooltip', 'clsx'] },
      build: { cssTarget: cssTarget },
    }),
};

export default config;
