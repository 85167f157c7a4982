#!/usr/bin/env node
// `npm test`: installs what the tests need, then runs every check in order and stops at the
// first failure with a non-zero exit code. Steps: dependencies (npm ci when node_modules is
// missing or older than the lock file), Debian Chromium, then lint on one core while the type
// check, format check, unit tests and build run on the other, and end-to-end tests in Chromium
// against the built app (which end by listing the ten slowest tests against their timeouts).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: false
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (${seconds}s).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

function dependenciesStale() {
  if (!existsSync('node_modules/.package-lock.json')) return true;
  return (
    statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs
  );
}

if (dependenciesStale())
  run('Install dependencies (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund']);

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    run('Install Debian Chromium (apt)', 'sh', [
      '-c',
      'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'
    ]);
  } else {
    console.error(
      `\n✖ Chromium was not found at ${CHROMIUM}.\n` +
        '  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  or point CHROMIUM_PATH at an existing Chromium binary, then run npm test again.'
    );
    process.exit(1);
  }
}

const npx = (label, args, env) => run(label, 'npx', ['--no-install', ...args], env);
npx('Generate SvelteKit types', ['svelte-kit', 'sync']);
// ESLint (type-aware, the slowest check) runs on the second core while the type check, format
// check, unit tests and build run on the first; its report is printed, and its verdict taken, before the e2e tests.
console.log('\n▶ Lint (eslint), alongside the type check, format, unit tests and build');
const lintLog = join(mkdtempSync(join(tmpdir(), 'heard-lint-')), 'eslint.log');
const lintFd = openSync(lintLog, 'w');
const lintStarted = Date.now();
const lint = new Promise((resolve) => {
  const child = spawn('npx', ['--no-install', 'eslint', '.'], {
    stdio: ['ignore', lintFd, lintFd]
  });
  child.on('exit', (code) => resolve(code ?? 1));
  child.on('error', () => resolve(1));
});
npx('Type check (svelte-check, zero warnings)', [
  'svelte-check',
  '--tsconfig',
  './tsconfig.json',
  '--fail-on-warnings'
]);
npx('Format (prettier)', ['prettier', '--check', '.']);

npx('Unit tests (vitest)', ['vitest', 'run']);
npx('Build', ['vite', 'build']);
const lintCode = await lint;
closeSync(lintFd);
process.stdout.write(readFileSync(lintLog, 'utf8'));
const lintSeconds = ((Date.now() - lintStarted) / 1000).toFixed(1);
if (lintCode !== 0) {
  console.error(`\n✖ Lint (eslint) failed (${lintSeconds}s).`);
  process.exit(lintCode || 1);
}
console.log(`✔ Lint (eslint) (${lintSeconds}s)`);
// CI=1 makes Playwright start its own server instead of reusing one left running.
npx('End-to-end tests (Playwright, Chromium)', ['playwright', 'test'], { CI: '1' });
console.log('\nAll tests passed.');
