import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';

/** The built stylesheet, as a host's page loads it. */
export const stylesheet = join(import.meta.dirname, '../../dist/styles.css');

export const stylesheetText = () => readFileSync(stylesheet, 'utf8');

/**
 * One Chromium for the test file, started once the built stylesheet is known to exist and closed
 * after the file's tests: call at the top level, then call the result inside a test.
 */
export function chromiumWithStylesheet(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(stylesheet)) throw new Error(`${stylesheet} is missing: run \`npm run build\` (npm test does).`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started');
    return browser;
  };
}
