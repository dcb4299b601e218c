import type { ReactNode } from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { DecisionBlocksProvider, type Messages } from '../src';
import { arabicMessages, germanMessages } from '../src/locales';
import '../src/theme/index.css';
import './preview.css';

type Theme = 'light' | 'dark' | 'host-brand';

const translations: Record<string, Messages> = { de: germanMessages, ar: arabicMessages };

function withLocale(children: ReactNode, locale: string): ReactNode {
  const messages = translations[locale];
  if (!messages) return children;
  return (
    <DecisionBlocksProvider locale={locale} messages={messages}>
      {children}
    </DecisionBlocksProvider>
  );
}

const withThemeDirAndLocale: Decorator = (Story, { globals }) => {
  const theme = (globals['theme'] ?? 'light') as Theme;
  const dir = (globals['dir'] ?? 'ltr') as string;
  const locale = (globals['locale'] ?? 'en') as string;
  return (
    <div
      className={theme === 'host-brand' ? 'dblk-sb-canvas dblk-sb-host-brand' : 'dblk-sb-canvas'}
      data-dblk-theme={theme === 'dark' ? 'dark' : 'light'}
      dir={dir}
      lang={locale}
    >
      {withLocale(<Story />, locale)}
    </div>
  );
};

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Introduction', 'Theming', 'Handling partial data', 'Accessibility', 'Components'],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'host-brand', title: 'Host brand', icon: 'paintbrush' },
        ],
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
    locale: {
      description: 'Locale for messages and number formats',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (Arabic)' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'en' },
  decorators: [withThemeDirAndLocale],
};

export default preview;
