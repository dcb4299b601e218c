// @vitest-environment node
// The packed package in fresh host apps, each with its own pinned lock file and default
// settings (apps/*): the app is copied to a temporary folder, installed with `npm ci` from the
// tarball that `npm pack` makes of this build, built the way the host builds, and checked in
// Chromium (checks.ts). Refresh a lock file after changing an app's package.json or the
// library's dependencies: `npm run hosts:lock`.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveStatic } from '../e2e/server';
import { checkHost, resolveElements, resolveReact } from './checks';

const root = resolve(import.meta.dirname, '../..');
const apps = join(import.meta.dirname, 'apps');
const shared = join(import.meta.dirname, 'shared');
const HOST_TIMEOUT = 10 * 60_000;

let workDir = '';
let browser: Browser;

interface Result {
  code: number;
  output: string;
}

/** Runs a command to its end, collecting its output; fails the test with that output otherwise. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done({ code, output });
      else fail(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** A copy of apps/<name> beside the tarball, with `npm ci` done and the shared files in place. */
async function prepare(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = join(workDir, name);
  cpSync(join(apps, name), dir, { recursive: true });
  for (const [target, source] of Object.entries(files)) cpSync(join(shared, source), join(dir, target));
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

const paddingOf = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((element) => getComputedStyle(element).paddingInlineStart);

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'dblk-hosts-'));
  const { output } = await run('npm', ['pack', '--json', '--pack-destination', workDir], root);
  const [packed] = JSON.parse(output.slice(output.indexOf('['))) as { filename: string }[];
  if (!packed) throw new Error('npm pack made no tarball');
  cpSync(join(workDir, packed.filename), join(workDir, 'decision-blocks.tgz'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}, 120_000);

describe('host apps built from the packed package', () => {
  it(
    'Vite 8, default build, with modern-normalize',
    async () => {
      const dir = await prepare('vite', { 'src/Showcase.jsx': 'Showcase.jsx', 'src/host.css': 'host.css' });
      await run('npm', ['run', 'build'], dir);
      const server = await serveStatic(join(dir, 'dist'));
      try {
        await checkHost(browser, {
          url: `${server.url}/`,
          resolveTarget: resolveReact,
          utilityWins: async (page) => expect(await paddingOf(page, 'utility-badge')).toBe('24px'),
        });
      } finally {
        await server.close();
      }
    },
    HOST_TIMEOUT,
  );

  it.each([
    ['before', "@import 'decision-blocks/styles.css';\n@import 'tailwindcss';"],
    ['after', "@import 'tailwindcss';\n@import 'decision-blocks/styles.css';"],
  ])(
    'Vite 8 with Tailwind v4, the stylesheet imported %s Tailwind, with the one documented layer line',
    async (order, imports) => {
      const dir = await prepare('vite-tailwind', { 'src/Showcase.jsx': 'Showcase.jsx' });
      const css = readFileSync(join(dir, 'src/index.css'), 'utf8');
      const [layerLine, , , ...rest] = css.split('\n');
      expect(layerLine).toBe('@layer theme, base, decision-blocks, components, utilities;');
      writeFileSync(join(dir, 'src/index.css'), [layerLine, imports, ...rest].join('\n'));
      await run('npm', ['run', 'build'], dir);
      const server = await serveStatic(join(dir, 'dist'));
      try {
        await checkHost(browser, {
          url: `${server.url}/`,
          resolveTarget: resolveReact,
          // `px-6` is 1.5rem: Tailwind's utility beats the badge's own padding.
          utilityWins: async (page) => expect(await paddingOf(page, 'utility-badge'), `imported ${order}`).toBe('24px'),
        });
      } finally {
        await server.close();
      }
    },
    HOST_TIMEOUT,
  );

  it(
    'Next.js 16 App Router, a server-component page, default build',
    async () => {
      const dir = await prepare('next', { 'app/Showcase.jsx': 'Showcase.jsx', 'app/globals.css': 'host.css' });
      await run('npm', ['run', 'build'], dir, { NEXT_TELEMETRY_DISABLED: '1' });
      const port = await freePort();
      const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: 'ignore',
        detached: true,
      });
      try {
        const url = `http://127.0.0.1:${port}/`;
        let html = '';
        for (let attempt = 0; attempt < 120 && html === ''; attempt++) {
          html = await fetch(url)
            .then((response) => (response.ok ? response.text() : ''))
            .catch(() => '');
          if (html === '') await new Promise((wait) => setTimeout(wait, 500));
        }
        // Rendered on the server: the badges and the meter are in the HTML before any script runs.
        expect(html).toContain('data-tone="critical"');
        expect(html).toContain('role="meter"');
        await checkHost(browser, {
          url,
          resolveTarget: resolveReact,
          utilityWins: async (page) => expect(await paddingOf(page, 'utility-badge')).toBe('24px'),
        });
      } finally {
        if (server.pid && server.exitCode === null && server.signalCode === null) {
          const exited = new Promise((done) => server.once('exit', done));
          process.kill(-server.pid, 'SIGTERM');
          await exited;
        }
      }
    },
    HOST_TIMEOUT,
  );

  it(
    'a plain HTML page: the stylesheet by <link>, custom elements from the standalone module',
    async () => {
      const dir = await prepare('plain-html');
      const server = await serveStatic(dir);
      try {
        await checkHost(browser, {
          url: `${server.url}/`,
          resolveTarget: resolveElements,
          // The page's rule for the element beats the element's own `:host` display.
          utilityWins: async (page) =>
            expect(
              await page.getByTestId('utility-badge').evaluate((element) => getComputedStyle(element).display),
            ).toBe('block'),
        });
      } finally {
        await server.close();
      }
    },
    HOST_TIMEOUT,
  );

  it(
    'Jest 30, CommonJS, jsdom and Testing Library, with the stylesheet import mapped',
    async () => {
      const dir = await prepare('jest');
      const { output } = await run('npm', ['test', '--', '--ci'], dir);
      expect(output).toMatch(/Tests:\s+4 passed, 4 total/);
    },
    HOST_TIMEOUT,
  );

  it(
    'server rendering on Node 18 (the engines floor), from ESM and CommonJS',
    async () => {
      const dir = await prepare('ssr-node18');
      const { output } = await run('npm', ['test'], dir);
      expect(output).toContain('ESM server rendering works on Node v18.');
      expect(output).toContain('CJS server rendering works on Node v18.');
    },
    HOST_TIMEOUT,
  );
});
