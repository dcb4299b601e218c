// @vitest-environment node
// Installs the packed tarball into two throwaway projects, one with React 19 and one with
// React 18, the way an app would get it from the registry, and uses it from there: ESM and CJS
// in Node with server rendering, and a Vite build that must tree-shake the unused components.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

let workDir = '';
const projects = { react19: '', react18: '' };

/** What the consumer scripts print: the server-rendered HTML and facts about what was loaded. */
interface Probe {
  react: string;
  resolved: string;
  elementsResolved: string;
  stylesheet: boolean;
  packageName: string;
  html: string;
  german: string;
  normalized: { tone: string; score: number | null };
  defined: boolean;
  tags: string[];
}

const session = {
  decisionOutcome: 'rejected',
  dataBlocks: {
    AuthenticationResult: {
      verdict: 'failure',
      score: '',
      reasons: [{ code: '', details: 'SERVER_FACE_DOES_NOT_MATCH' }],
    },
    DeviceSignals: {
      verdict: 'not_trusted',
      score: 28.3,
      reasons: [{ code: 'RC004', details: 'The country of the IP address does not match the phone number' }],
    },
  },
};

// The same checks in both module systems; only how the package is loaded differs.
const probeBody = `
const session = ${JSON.stringify(session)};
const html = renderToString(h(SessionDecision, { session }));
const german = renderToString(
  h(DecisionBlocksProvider, { locale: 'de', messages: germanMessages }, h(DataBlockCard, { block: session.dataBlocks.DeviceSignals, name: 'DeviceSignals' })),
);
const block = normalizeDataBlock({ verdict: 'NOT_TRUSTED', score: '28,3' });
console.log(JSON.stringify({
  react: React.version,
  resolved,
  elementsResolved,
  stylesheet: existsSync(stylesheet),
  packageName: manifest.name,
  html,
  german,
  normalized: { tone: block.tone, score: block.score },
  defined: elements.defineDecisionElements(),
  tags: Object.keys(elements.decisionElements),
}));
`;

const esmProbe = `
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import React, { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { DataBlockCard, DecisionBlocksProvider, SessionDecision, normalizeDataBlock } from 'decision-blocks';
import { germanMessages } from 'decision-blocks/locales';
import * as elements from 'decision-blocks/elements';
const resolved = fileURLToPath(import.meta.resolve('decision-blocks'));
const elementsResolved = fileURLToPath(import.meta.resolve('decision-blocks/elements'));
const stylesheet = fileURLToPath(import.meta.resolve('decision-blocks/styles.css'));
const manifest = createRequire(import.meta.url)('decision-blocks/package.json');
${probeBody}`;

const cjsProbe = `
const { existsSync } = require('node:fs');
const React = require('react');
const h = React.createElement;
const { renderToString } = require('react-dom/server');
const { DataBlockCard, DecisionBlocksProvider, SessionDecision, normalizeDataBlock } = require('decision-blocks');
const { germanMessages } = require('decision-blocks/locales');
const elements = require('decision-blocks/elements');
const resolved = require.resolve('decision-blocks');
const elementsResolved = require.resolve('decision-blocks/elements');
const stylesheet = require.resolve('decision-blocks/styles.css');
const manifest = require('decision-blocks/package.json');
${probeBody}`;

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function createProject(name: string, tarball: string, reactVersion: string): Promise<string> {
  const dir = join(workDir, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true }));
  await npm(
    [
      'install',
      tarball,
      `react@${reactVersion}`,
      `react-dom@${reactVersion}`,
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ],
    dir,
  );
  writeFileSync(join(dir, 'probe.mjs'), esmProbe);
  writeFileSync(join(dir, 'probe.cjs'), cjsProbe);
  return dir;
}

async function probe(dir: string, script: string): Promise<Probe> {
  const { stdout } = await run(process.execPath, [script], { cwd: dir });
  return JSON.parse(stdout) as Probe;
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  workDir = mkdtempSync(join(tmpdir(), 'dblk-consumer-'));
  const [packed] = JSON.parse(await npm(['pack', '--json', '--pack-destination', workDir], root)) as {
    filename: string;
  }[];
  const tarball = join(workDir, packed?.filename ?? '');
  // The two installs are the slow part; they run side by side.
  [projects.react19, projects.react18] = await Promise.all([
    createProject('react19', tarball, '19'),
    createProject('react18', tarball, '18'),
  ]);
}, 240_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function expectWorkingPackage(result: Probe, dir: string, entry: string, reactMajor: string) {
  expect(result.react.split('.')[0]).toBe(reactMajor);
  expect(result.resolved).toBe(join(dir, 'node_modules/decision-blocks/dist', entry));
  expect(result.elementsResolved).toBe(join(dir, 'node_modules/decision-blocks/dist/elements', entry));
  expect(result.stylesheet).toBe(true);
  expect(result.packageName).toBe('decision-blocks');
  expect(result.html).toContain('Rejected');
  expect(result.html).toContain('2 of 2 checks raised issues');
  expect(result.html).toContain('Not trusted');
  expect(result.html).toContain('RC004');
  expect(result.html).not.toMatch(/\sstyle="/);
  expect(result.german).toContain('Grundcode RC004');
  expect(result.german).toContain('28,3');
  expect(result.normalized).toEqual({ tone: 'critical', score: 28.3 });
  // Server rendering: the elements entry imports cleanly and defines nothing without a DOM.
  expect(result.defined).toBe(false);
  expect(result.tags).toHaveLength(6);
}

describe('the packed package in a React 19 project', () => {
  it('(a) imports as ESM and renders on the server with react-dom/server', async () => {
    expectWorkingPackage(await probe(projects.react19, 'probe.mjs'), projects.react19, 'index.js', '19');
  });

  it('(b) loads with require() as CommonJS and renders on the server', async () => {
    expectWorkingPackage(await probe(projects.react19, 'probe.cjs'), projects.react19, 'index.cjs', '19');
  });
});

describe('the packed package in a React 18 project', () => {
  it('(c) imports as ESM and renders with React 18', async () => {
    expectWorkingPackage(await probe(projects.react18, 'probe.mjs'), projects.react18, 'index.js', '18');
  });

  it('(c) loads with require() and renders with React 18', async () => {
    expectWorkingPackage(await probe(projects.react18, 'probe.cjs'), projects.react18, 'index.cjs', '18');
  });
});

describe('a Vite app that uses one component', () => {
  it('(d) bundles DecisionBadge without the other components', async () => {
    const app = join(projects.react19, 'app');
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
    );
    writeFileSync(
      join(app, 'main.js'),
      [
        "import { createElement } from 'react';",
        "import { createRoot } from 'react-dom/client';",
        "import { DecisionBadge } from 'decision-blocks';",
        "import 'decision-blocks/styles.css';",
        "createRoot(document.getElementById('root')).render(createElement(DecisionBadge, { verdict: 'not_trusted' }));",
      ].join('\n'),
    );
    const outDir = join(projects.react19, 'app-dist');
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });

    const assets = join(outDir, 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    const code = scripts.map((name) => readFileSync(join(assets, name), 'utf8')).join('\n');
    const entry = scripts
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .find((text) => text.includes('dblk-badge'));
    expect(entry, 'the badge is in the bundle').toBeDefined();
    for (const unused of ['dblk-checks', 'dblk-session', 'dblk-card', 'dblk-meter', 'dblk-reasons']) {
      expect(code, unused).not.toContain(unused);
    }
    for (const name of ['DataChecksTable', 'SessionDecision', 'DataBlockCard', 'ScoreMeter', 'ReasonList']) {
      expect(code, name).not.toContain(`"${name}"`);
    }
    // Unused messages and the custom elements stay out as well.
    expect(code).not.toContain('Noch keine Entscheidung');
    expect(code).not.toContain('dblk-element-mount');
    expect(readdirSync(assets).some((name) => name.endsWith('.css'))).toBe(true);
  }, 120_000);
});
