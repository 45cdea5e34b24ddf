// Finds every *.test.ts / *.test.tsx under src/ and test/ and runs them with node's test runner.
// (Node 20's --test does not expand globs itself.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
const files = [...walk('src'), ...walk('test')].filter((f) => filter.length === 0 || filter.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
