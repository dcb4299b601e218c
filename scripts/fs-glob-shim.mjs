// node:fs/promises plus the `glob` Node 22 added, for size-limit on Node 20 (see size-limit.mjs).
// Only what size-limit uses: `*`, `**` and `?` in `/`-separated patterns, absolute or relative to
// `cwd`, yielding entries with `name`, `parentPath` and `isFile()` (or paths relative to `cwd`).
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export * from 'node:fs/promises';

const GLOB_CHARACTER = /[*?]/;

function patternToRegExp(pattern) {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index];
    if (character === '*' && pattern[index + 1] === '*') {
      const slashAfter = pattern[index + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      index += slashAfter ? 2 : 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // `dir/**` also matches `dir` itself, as in Node's glob.
  return new RegExp(`^${source.replace(/\/\.\*$/, '(?:/.*)?')}$`);
}

function entry(path, isFile) {
  return { name: basename(path), parentPath: dirname(path), isFile: () => isFile };
}

async function existing(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

export async function* glob(patterns, { cwd = process.cwd(), withFileTypes = false } = {}) {
  for (const pattern of [patterns].flat()) {
    const absolute = resolve(cwd, pattern).split(sep).join('/');
    const parts = absolute.split('/');
    const firstGlob = parts.findIndex((part) => GLOB_CHARACTER.test(part));
    const candidates = [];
    if (firstGlob === -1) {
      const stats = await existing(absolute);
      if (stats) candidates.push(entry(absolute, stats.isFile()));
    } else {
      const base = parts.slice(0, firstGlob).join('/') || '/';
      const baseStats = await existing(base);
      if (baseStats?.isDirectory()) {
        candidates.push(entry(base, false));
        for (const dirent of await readdir(base, { recursive: true, withFileTypes: true })) {
          candidates.push(entry(join(dirent.parentPath ?? dirent.path, dirent.name), dirent.isFile()));
        }
      }
    }
    const matcher = patternToRegExp(absolute);
    for (const candidate of candidates) {
      const path = join(candidate.parentPath, candidate.name);
      if (!matcher.test(path.split(sep).join('/'))) continue;
      yield withFileTypes ? candidate : relative(cwd, path);
    }
  }
}
