// Finds every *.test.ts / *.test.tsx under src/ and test/ and runs them with node's test runner.
// (Node 20's --test does not expand globs itself.) Arguments filter by path.
//
// Browser tests (test/e2e/ and *.e2e.test.ts) run after the others, one file at a time: two
// Chromiums plus the app on a two-core machine starve each other, and a run took six times
// longer than the same files one after the other.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(p);
    return /\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const filter = process.argv.slice(2);
const files = [...walk('src'), ...walk('test')]
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const isBrowserTest = (f: string) => f.startsWith(`test${path.sep}e2e${path.sep}`) || f.endsWith('.e2e.test.ts');
const phases = [
  { files: files.filter((f) => !isBrowserTest(f)), concurrency: 2 },
  { files: files.filter(isBrowserTest), concurrency: 1 },
];

// Under CI=true a skipped or todo test is a failure, wherever it comes from: a second reporter
// writes TAP to a file, and any "# SKIP" or "# TODO" line in it fails the run with its name.
const ci = process.env.CI === 'true';
const tapFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-tap-')), 'run.tap');

let status = 0;
for (const phase of phases) {
  if (phase.files.length === 0) continue;
  const reporters = ci
    ? [
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
      ]
    : [];
  const args = ['--import', 'tsx', '--test', `--test-concurrency=${phase.concurrency}`, ...reporters, ...phase.files];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) status = result.status ?? 1;
  if (ci) {
    const skipped = fs
      .readFileSync(tapFile, 'utf8')
      .split('\n')
      .filter((line) => /^\s*(not )?ok \d+ .*# (SKIP|TODO)\b/i.test(line));
    if (skipped.length > 0) {
      console.error(
        `CI=true: ${skipped.length} test(s) skipped, which counts as a failure:\n${skipped.map((l) => `  ${l.trim()}`).join('\n')}`,
      );
      status = 1;
    }
  }
}
process.exit(status);
