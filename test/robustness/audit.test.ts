// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// .ci/audit.mjs is run for real, with real npm, against a stand-in for the registry's audit
// endpoint: the JSON and exit codes it reads are npm's own, not copies that could drift.

const root = join(import.meta.dirname, '../..');
const script = join(root, '.ci/audit.mjs');

type Answer = 'clean' | 'vulnerable' | 'method-not-allowed';
const answer: { current: Answer } = { current: 'clean' };

const advisory = {
  id: 1,
  url: 'https://example.com/advisories/1',
  title: 'Test advisory in clsx',
  severity: 'high',
  vulnerable_versions: '<99.0.0',
  cwe: [],
  cvss: { score: 0, vectorString: null },
};

let server: Server;
let registry: string;
// npm caches audit answers; a fresh cache keeps one test's answer out of the next.
let npmCache: string;
const requests: string[] = [];

beforeAll(async () => {
  npmCache = mkdtempSync(join(tmpdir(), 'dblk-npm-cache-'));
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => {
      if (request.url?.includes('/-/npm/v1/security/advisories/bulk') && answer.current !== 'method-not-allowed') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(answer.current === 'vulnerable' ? { clsx: [advisory] } : {}));
        return;
      }
      response.statusCode = answer.current === 'method-not-allowed' ? 405 : 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(npmCache, { recursive: true, force: true });
});

let cacheGeneration = 0;

function runAudit(
  registryUrl: string,
  cwd = root,
  args: string[] = [],
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: {
        ...process.env,
        npm_config_registry: registryUrl,
        npm_config_cache: join(npmCache, String(cacheGeneration++)),
        npm_config_fetch_retries: '0',
        npm_config_update_notifier: 'false',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('.ci/audit.mjs (npm audit --omit=dev)', () => {
  it('passes and says so when the audit finds nothing', async () => {
    answer.current = 'clean';
    const { status, output } = await runAudit(registry);
    expect(output).toMatch(/no known vulnerabilities in the runtime dependencies \(\d+ packages\)/);
    expect(status).toBe(0);
    expect(requests.some((line) => line.startsWith('POST /-/npm/v1/security/advisories/bulk'))).toBe(true);
  }, 60_000);

  it('fails and lists the advisory when vulnerabilities are found', async () => {
    answer.current = 'vulnerable';
    const { status, output } = await runAudit(registry);
    expect(output).toContain('found known vulnerabilities in the runtime dependencies: 1 high');
    expect(output).toContain('clsx (high): Test advisory in clsx https://example.com/advisories/1');
    expect(status).toBe(1);
  }, 60_000);

  it('continues, saying clearly that the audit could not run, when the endpoint refuses', async () => {
    answer.current = 'method-not-allowed';
    const { status, output } = await runAudit(registry);
    expect(output).toContain('npm audit could not run');
    expect(output).toContain('405 Method Not Allowed');
    expect(output).toContain('were NOT checked for known vulnerabilities');
    expect(status).toBe(0);
  }, 60_000);

  it('continues, saying clearly that the audit could not run, when the registry is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { status, output } = await runAudit(`http://127.0.0.1:${port}/`);
    expect(output).toMatch(/npm audit could not run \(.*ECONNREFUSED/);
    expect(output).toContain('were NOT checked for known vulnerabilities');
    expect(status).toBe(0);
  }, 60_000);

  it('fails when npm cannot audit the project at all (no lockfile)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dblk-audit-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
      const { status, output } = await runAudit(registry, dir);
      expect(output).toMatch(/npm audit failed: .*lockfile/);
      expect(status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads a saved report given as a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dblk-audit-'));
    try {
      const report = join(dir, 'report.json');
      writeFileSync(report, 'not json');
      const { status, output } = await runAudit(registry, root, [report, '1']);
      expect(output).toContain('npm audit could not run (npm exited with status 1 and printed no report)');
      expect(status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('.ci/run', () => {
  it('runs the audit before the tests, and lets a failed audit stop CI', () => {
    const run = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(run).toMatch(/^set -euo pipefail$/m);
    const audit = run.indexOf('node .ci/audit.mjs');
    expect(audit).toBeGreaterThan(run.indexOf('npm ci'));
    expect(audit).toBeLessThan(run.indexOf('npm test'));
    expect(run.slice(audit).split('\n')[0]).not.toMatch(/\|\||;\s*true|&&/);
  });
});
