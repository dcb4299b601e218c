import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The policy every test page is served with: nothing inline, everything from the same origin. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `directory` read-only on 127.0.0.1 with a strict Content-Security-Policy, so any inline
 * style or script a component or build adds shows up as a console error in the tests.
 * `extra` maps URL paths to response bodies that exist only for the tests.
 */
export async function serveStatic(directory: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const base = resolve(directory);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' };
    if (path in extra) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'text/plain' });
      response.end(extra[path]);
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ConsoleLog {
  errors: string[];
  warnings: string[];
}

/** Collects console errors and warnings, uncaught exceptions and failed requests of a page. */
export function watchConsole(page: Page): ConsoleLog {
  const log: ConsoleLog = { errors: [], warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => log.errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return log;
}

export async function newPage(browser: Browser, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return { context, page, log: watchConsole(page) };
}

/** Screenshots are test artifacts: test-results/ is git-ignored. */
export const screenshotDir = resolve(import.meta.dirname, '../../test-results/e2e');
