// @vitest-environment node
// Lints the packed package the way a registry consumer gets it (`npm run build` comes first in
// `npm test`): publint, Are the Types Wrong, the exports map and where "use client" ends up.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: unknown;
};

let workDir = '';
let tarball = '';

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  workDir = mkdtempSync(join(tmpdir(), 'dblk-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: root });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  tarball = join(workDir, packed?.filename ?? '');
}, 60_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('package metadata', () => {
  it('exports the package, the custom elements, the vendor adapters, the translations, the stylesheet and package.json, nothing else', () => {
    expect(Object.keys(manifest.exports)).toEqual([
      '.',
      './elements',
      './vendors',
      './locales',
      './styles.css',
      './package.json',
    ]);
  });

  it.each(['.', './elements', './vendors', './locales'])(
    'gives %s import and require conditions, each with its own types',
    (entry) => {
      const conditions = manifest.exports[entry] as Record<string, Record<string, string>>;
      expect(Object.keys(conditions)).toEqual(['import', 'require']);
      for (const [condition, extension, types] of [
        ['import', '.js', '.d.ts'],
        ['require', '.cjs', '.d.cts'],
      ] as const) {
        const target = conditions[condition];
        expect(Object.keys(target ?? {}), condition).toEqual(['types', 'default']);
        expect(target?.default?.endsWith(extension)).toBe(true);
        expect(target?.types?.endsWith(types)).toBe(true);
        for (const file of Object.values(target ?? {})) expect(existsSync(join(root, file)), file).toBe(true);
      }
    },
  );

  it('marks only stylesheets as having side effects', () => {
    expect(manifest.sideEffects).toEqual(['**/*.css']);
  });
});

describe('package-lock.json', () => {
  // CI installs with `npm ci`, which refuses a lock file that lacks any package the manifest
  // implies, including other platforms' optional binaries that an incremental install can skip.
  it('is in sync with package.json, so `npm ci` installs it', async () => {
    await expect(
      run('npm', ['ci', '--dry-run', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: root }),
    ).resolves.toBeDefined();
  }, 60_000);
});

describe('npm publish --dry-run', () => {
  it('publishes the licence, the changelog and dist/, with no warning but the missing login', async () => {
    const { stdout, stderr } = await run('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--offline'], {
      cwd: root,
    });
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as Record<string, { files: { path: string }[] }>;
    const paths = (report['decision-blocks']?.files ?? []).map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md', 'dist/index.js']));
    expect(paths.filter((path) => !/^(dist\/|LICENSE$|CHANGELOG\.md$|README\.md$|package\.json$)/.test(path))).toEqual(
      [],
    );
    const warnings = stderr.split('\n').filter((line) => line.startsWith('npm warn'));
    expect(warnings.filter((line) => !line.includes('requires you to be logged in'))).toEqual([]);
  }, 60_000);

  it('states the Node floor that test/hosts renders on', () => {
    expect((manifest as unknown as { engines: unknown }).engines).toEqual({ node: '>=18' });
  });
});

describe('publint', () => {
  it('has nothing to report, suggestions included, in strict mode', async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({
      level: 'suggestion',
      strict: true,
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
    });
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
  }, 60_000);
});

describe('Are the Types Wrong', () => {
  it('resolves types for every entry point under node10, node16 (ESM and CJS) and bundler', async () => {
    // The strict profile (node10 included) is stricter than the node16 profile; styles.css has no types to find.
    const result = await run(
      process.execPath,
      [
        join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        tarball,
        '--format',
        'json',
        '--profile',
        'strict',
        '--exclude-entrypoints',
        './styles.css',
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? '', failed: error.code }));
    const report = JSON.parse(result.stdout) as {
      analysis: { entrypoints: Record<string, unknown> };
      problems?: Record<string, unknown[]>;
    };
    expect(Object.keys(report.analysis.entrypoints)).toEqual([
      '.',
      './elements',
      './vendors',
      './locales',
      './package.json',
    ]);
    expect(report.problems ?? {}).toEqual({});
    expect('failed' in result ? result.failed : 0).toBe(0);
  }, 60_000);
});

function* modules(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* modules(path);
    else if (name.endsWith('.js') && !path.includes(`${join(dist, 'standalone')}`)) yield path;
  }
}

const USE_CLIENT = /^(['"])use client\1;/;
const IMPORT = /^import\s+(?:\*\s+as\s+\w+|\{([^}]*)\}|\w+(?:\s*,\s*\{([^}]*)\})?)\s+from\s+"([^"]+)";/gm;

const EXPORT_LIST = /^export\s+\{[^}]*\};/gm;
const CLIENT_ONLY = ['createContext', 'Component', 'lazy', 'contained', 'containedView'];

/**
 * A module needs "use client" when it calls hooks, creates context, defines class components,
 * builds a component with a boundary factory (its view function could not cross from a server
 * component to the client boundary) or uses Radix. Only names used in the module's own code count: an entry point that re-exports a
 * hook does not call it.
 */
function needsClient(code: string): boolean {
  const body = code.replace(IMPORT, '').replace(EXPORT_LIST, '');
  for (const match of code.matchAll(IMPORT)) {
    if ((match[3] ?? '').startsWith('@radix-ui/')) return true;
    const locals = `${match[1] ?? ''},${match[2] ?? ''}`
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/))
      .filter(([imported]) => imported && (/^use[A-Z]/.test(imported) || CLIENT_ONLY.includes(imported)))
      .map((parts) => parts[parts.length - 1] ?? '');
    if (locals.some((local) => new RegExp(`\\b${local}\\b`).test(body))) return true;
  }
  return false;
}

describe('"use client" in dist/', () => {
  const files = () => [...modules(dist)].map((path) => relative(dist, path));

  it('inspects every built module', () => {
    expect(files().length).toBeGreaterThan(30);
  });

  it('marks exactly the modules that need it, in ESM and CJS alike', () => {
    const wrong: string[] = [];
    for (const file of files()) {
      const esm = readFileSync(join(dist, file), 'utf8');
      const cjs = readFileSync(join(dist, file.replace(/\.js$/, '.cjs')), 'utf8');
      const marked = USE_CLIENT.test(esm);
      if (marked !== needsClient(esm)) wrong.push(`${file}: ${marked ? 'marked but needs no client' : 'not marked'}`);
      if (USE_CLIENT.test(cjs) !== marked) wrong.push(`${file.replace(/\.js$/, '.cjs')}: differs from ESM`);
    }
    expect(wrong).toEqual([]);
  });

  it('marks the public components, the provider and the tooltip', () => {
    const marked = files().filter((file) => USE_CLIENT.test(readFileSync(join(dist, file), 'utf8')));
    expect(marked).toEqual(
      expect.arrayContaining([
        'components/DecisionBadge/DecisionBadge.js',
        'components/ScoreMeter/ScoreMeter.js',
        'components/ReasonList/ReasonList.js',
        'components/DataChecksTable/DataChecksTable.js',
        'components/DataBlockCard/DataBlockCard.js',
        'components/SessionDecision/SessionDecision.js',
        'components/internal/RadixTooltip.js',
        'provider/DecisionBlocksProvider.js',
        'provider/context.js',
      ]),
    );
  });

  it('leaves the entry points, the model, messages and custom elements unmarked, so servers can call them', () => {
    const unmarked = [
      'index.js',
      'index.cjs',
      'elements/index.js',
      'elements/DecisionElement.js',
      'vendors/index.js',
      'vendors/jumio.js',
      'locales/index.js',
      'model/normalize.js',
      'model/catalog.js',
      'i18n/format.js',
      'components/DecisionBadge/DecisionBadge.props.js',
      'components/internal/toneWord.js',
    ];
    for (const file of unmarked) {
      expect(USE_CLIENT.test(readFileSync(join(dist, file), 'utf8')), file).toBe(false);
    }
  });
});
