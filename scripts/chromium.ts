// One place that knows how to start Chromium here: Debian's binary unless CHROMIUM_PATH names
// another; Playwright's own browser where neither exists. Used by the Vitest browser projects,
// the end-to-end tests and the benchmark.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  const executablePath = chromiumExecutable();
  return { headless: true, args: [...chromiumArgs, ...extraArgs], ...(executablePath ? { executablePath } : {}) };
}

/** Starts headless Chromium with Playwright; `extraArgs` are added to the usual flags. */
export async function launchChromium(extraArgs: readonly string[] = []) {
  const { chromium } = await import('playwright');
  return chromium.launch(chromiumLaunchOptions(extraArgs));
}
