// `npm run bench -- practices`: the best-practice library (issue 6) at 2,000 versus 200,000
// practices (seed --scale 1,000 and 100,000: two per signatory) for the scale part, and at
// 200,000 practices with 10 connections for the load part. BENCH_SCENARIOS=api (a part of the
// scenarios' names) measures only those: see bench/README.md.
import os from 'node:os';
import { POSTGRES_URL, UNCACHED } from './lib.ts';
import { CONNECTIONS, DURATION, loadEngine, printTable, type Row } from './load.ts';
import { benchScale, printScaleTable, type ScaleRow, type ScaleSet } from './scale.ts';

const PAGES: [string, string][] = [
  ['library, first page', '/en/practices'],
  ['search « formation »', '/en/practices?q=formation'],
  ['facet: cause skills', '/en/practices?cause=skills'],
  ['search + facet', '/en/practices?q=formation&cause=skills'],
  ['three facets', '/en/practices?cause=skills&group=older&region=wallonia'],
];

// Each page twice: as the page cache serves it to anonymous readers who ask for it again (ADR
// 0022), and "not cached", under a URL never asked for before, which costs the full price.
const SCENARIOS: [string, string][] = [
  ...PAGES.flatMap(([name, path]): [string, string][] => [
    [name, path],
    [`${name}, not cached`, `${path}${path.includes('?') ? '&' : '?'}${UNCACHED}`],
  ]),
  ['JSON API, 20 rows', '/api/v1/practices?limit=20'],
];

/** Only the scenarios whose name holds BENCH_SCENARIOS (any case), if it is set. */
function chosen(): [string, string][] {
  const only = process.env.BENCH_SCENARIOS?.toLowerCase();
  const list = only ? SCENARIOS.filter(([name]) => name.toLowerCase().includes(only)) : SCENARIOS;
  if (list.length === 0) throw new Error(`BENCH_SCENARIOS=${only} names no scenario`);
  return list;
}

const PRACTICES_SET: ScaleSet = {
  unit: 'two practices each',
  small: Number(process.env.BENCH_PRACTICES_SMALL ?? 1_000),
  large: Number(process.env.BENCH_PRACTICES_LARGE ?? 100_000),
  paths: async () => chosen(),
};

// The load target is at 200,000 practices, the large database of the scale part (kept
// seeded databases, BENCH_KEEP_SEEDS=1, let both parts use one seeding).
const LOAD_SIGNATORIES = Number(process.env.BENCH_PRACTICES_SIGNATORIES ?? 100_000);

export async function practicesPart(part: 'both' | 'scale' | 'load'): Promise<void> {
  if (part !== 'load') {
    console.log(`Practices, scale: one connection, Node ${process.version}, ${os.cpus().length} CPU(s).`);
    const rows: ScaleRow[] = [];
    const seeding: string[] = [];
    await benchScale('sqlite', rows, seeding, PRACTICES_SET);
    if (POSTGRES_URL) await benchScale('postgres', rows, seeding, PRACTICES_SET);
    console.log(`\nSeeding (seedScale with its practices, then ANALYZE): ${seeding.join('; ')}`);
    printScaleTable(rows, PRACTICES_SET);
  }
  if (part !== 'scale') {
    console.log(
      `Practices, load: ${(2 * LOAD_SIGNATORIES).toLocaleString('en')} practices, ${CONNECTIONS} connections, ` +
        `${DURATION} s per scenario, Node ${process.version}, ${os.cpus().length} CPU(s).`,
    );
    const rows: Row[] = [];
    const scenarios = async (base: string) => chosen().map(([name, p]): [string, string] => [name, base + p]);
    await loadEngine('sqlite', LOAD_SIGNATORIES, rows, scenarios);
    if (POSTGRES_URL) await loadEngine('postgres', LOAD_SIGNATORIES, rows, scenarios);
    printTable(rows);
  }
}
