// Refreshes the host apps' lock files (`npm run hosts:lock`) against a fresh `npm pack` of this
// build. The tarball's integrity is left out of each lock: it changes with every build, and the
// host tests install whatever this checkout packs.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const apps = join(import.meta.dirname, 'apps');
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', apps], { encoding: 'utf8' }));
const tarball = join(apps, 'decision-blocks.tgz');
renameSync(join(apps, packed.filename), tarball);
try {
  for (const app of readdirSync(apps, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const dir = join(apps, app.name);
    execFileSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    const lockPath = join(dir, 'package-lock.json');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    delete lock.packages['node_modules/decision-blocks'].integrity;
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`${app.name}: package-lock.json refreshed`);
  }
} finally {
  rmSync(tarball, { force: true });
}
