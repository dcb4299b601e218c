// `npm run bench` (`-- --quick` for a smoke run, `--trials N`, `--seed N`, `--only W1,W4`,
// `--out file.md`). The harness is TypeScript; a Vite module runner loads it without a build
// step and stays open while it runs (the harness imports Playwright lazily).
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  // The harness runs in Node: nothing to pre-bundle, and no reason to crawl the repository's HTML.
  optimizeDeps: { noDiscovery: true },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  const harness = await runner.import(fileURLToPath(new URL('./harness.ts', import.meta.url)));
  await harness.main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await runner.close();
  await server.close();
}
