// What the test runner needs to know about the workspace: projects, their tsconfigs, e2e targets.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { bin, run } from './supervise.mjs';

const exec = promisify(execFile);
const require = createRequire(import.meta.url);
const SKIP_DIRS = new Set(['node_modules', 'dist', 'tmp', 'coverage', '.data', '.nx', '.angular', 'src']);

/** name → root of every project declared by a project.json under apps/ and libs/. */
export function projectRoots() {
  const roots = new Map();
  const walk = (dir, depth) => {
    if (depth > 4 || !existsSync(dir)) return;
    const file = path.join(dir, 'project.json');
    if (existsSync(file)) roots.set(JSON.parse(readFileSync(file, 'utf8')).name, dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) {
        walk(path.join(dir, entry.name), depth + 1);
      }
    }
  };
  walk('apps', 0);
  walk('libs', 0);
  return roots;
}

/** Projects with an `e2e` target (declared or inferred by a plugin), with their root. */
export async function e2eProjects() {
  const { stdout } = await exec(bin('nx'), ['show', 'projects', '--with-target', 'e2e', '--json'], {
    env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false' },
  });
  const roots = projectRoots();
  const names = JSON.parse(stdout).sort((a, b) => (a === 'api-e2e' ? -1 : b === 'api-e2e' ? 1 : a.localeCompare(b)));
  return names.map((name) => {
    const root = roots.get(name) ?? `apps/${name}`;
    const browser = ['playwright.config.ts', 'playwright.config.js', 'playwright.config.mjs'].some((f) =>
      existsSync(path.join(root, f)),
    );
    return { name, root, browser };
  });
}

/**
 * Every tsconfig*.json of every project that selects files, with the `tsc` arguments to check it.
 * Solution-style files (`files: []` with references only) check nothing themselves and are skipped.
 */
export async function typecheckConfigs() {
  const ts = require('typescript');
  const configs = [];
  for (const root of [...projectRoots().values()].sort()) {
    const angular = isAngularProject(ts, root);
    for (const name of readdirSync(root).filter((f) => /^tsconfig.*\.json$/.test(f)).sort()) {
      const file = path.join(root, name);
      const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
      if (error) {
        configs.push({ file, args: [] }); // let tsc report it
        continue;
      }
      const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.resolve(root), undefined, path.resolve(file));
      if (parsed.fileNames.length === 0) continue;
      // Nx generates Angular spec configs with CommonJS + node10 resolution for Jest, which cannot
      // resolve Angular 21's typings (they sit behind package `exports`); Jest never notices because
      // it transpiles without type-checking. Check them with the resolution the Angular build uses.
      const node10 = [ts.ModuleResolutionKind.Node10, ts.ModuleResolutionKind.NodeJs].includes(parsed.options.moduleResolution);
      const args = angular && node10 ? ['--module', 'preserve', '--moduleResolution', 'bundler'] : [];
      configs.push({ file, args });
    }
  }
  return configs;
}

function isAngularProject(ts, root) {
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  return Boolean(config?.angularCompilerOptions);
}

/**
 * Browser suites drive Debian's Chromium (Playwright's own download is blocked here, see
 * TOOLCHAIN.md). Install it as root; otherwise say how.
 */
export async function ensureChromium(say) {
  // The Playwright config launches CHROME_PATH when it is set, so a wrong one must stop the run here
  // with its name, not fall back to /usr/bin/chromium and fail later with a launch error.
  const chromePath = process.env.CHROME_PATH;
  if (chromePath && !existsSync(chromePath)) {
    throw new Error(
      `CHROME_PATH is set to ${chromePath}, which does not exist. ` +
        'Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.',
    );
  }
  const found = () => [chromePath, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (found()) return found();
  if (process.getuid?.() !== 0) {
    throw new Error(
      'Chromium is needed for the browser tests and was not found (CHROME_PATH or /usr/bin/chromium). ' +
        'Install it with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  say('installing Chromium for the browser tests (apt-get install -y chromium)…');
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: aptEnv });
  if (r.code !== 0) {
    await run('apt-get', ['update', '-qq'], { env: aptEnv });
    r = await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: aptEnv });
  }
  if (!found()) throw new Error('apt-get install -y chromium did not provide /usr/bin/chromium');
  return found();
}
