// `npm run bench -- scale`: what a request costs at one connection with few and with many
// signatories, on each engine, and the ratio. See bench/README.md.
import {
  appOnSeededDatabase,
  load,
  seededLabel,
  nextPage,
  percentile,
  warmUp,
  type BenchMember,
  type Scenario,
} from './lib.ts';

/**
 * What one scale table measures: the scenarios' paths on a server (a cursor is only valid on
 * the database that made it), and the two numbers of signatories to compare.
 */
export interface ScaleSet {
  /** How the table names what grows: "signatories", "practices (two per signatory)". */
  unit: string;
  small: number;
  large: number;
  paths(base: string, member: BenchMember | undefined): Promise<Scenario[]>;
}
/** Rounds of (small, large) slices per scenario: alternating spreads a busy moment over both. */
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const SLICE_SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 2);

export interface ScaleRow {
  engine: string;
  scenario: string;
  small: { mean: number; p95: number; requests: number };
  large: { mean: number; p95: number; requests: number };
  failed: number;
}

type Running = Awaited<ReturnType<typeof appOnSeededDatabase>>;

async function start(engine: 'sqlite' | 'postgres', signatories: number): Promise<Running> {
  console.log(`[${engine}] ${signatories.toLocaleString('en')} signatories…`);
  const running = await appOnSeededDatabase(engine, signatories);
  console.log(`[${engine}] ${signatories.toLocaleString('en')} ready (${seededLabel(running.seedMs)})`);
  return running;
}

/** The directory's scenarios (issue 5). */
async function directoryPaths(base: string): Promise<Scenario[]> {
  const page2 = await nextPage(base, '/en/signatories');
  // A person looking up one organisation types its name: the fifth name on the first page.
  const names = [
    ...(await (await fetch(`${base}/en/signatories`)).text()).matchAll(/<h3><a href="[^"]+">([^<]+)<\/a>/g),
  ];
  const name = names[4]![1]!
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
  const page3 = await nextPage(base, page2);
  return [
    ['home page', '/en'],
    ['directory, first page', '/en/signatories'],
    ['directory, page 3 (cursor)', page3],
    ['sector + region', '/en/signatories?sector=public&region=wallonia'],
    ['language + year', '/en/signatories?language=de&year=2024'],
    ['name search', '/en/signatories?q=digi'],
    ['name search, a town', '/en/signatories?q=waregem'],
    ['name search, one name', `/en/signatories?q=${encodeURIComponent(name)}`],
    ['JSON API, 20 rows', '/api/v1/signatories?limit=20'],
  ];
}

export const DIRECTORY: ScaleSet = {
  unit: 'signatories',
  small: Number(process.env.BENCH_SCALE_SMALL ?? 1_000),
  large: Number(process.env.BENCH_SCALE_LARGE ?? 100_000),
  paths: directoryPaths,
};

const summary = (latencies: number[], requests: number) => ({
  mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
  p95: percentile(latencies, 95),
  requests,
});

export async function benchScale(
  engine: 'sqlite' | 'postgres',
  rows: ScaleRow[],
  seeding: string[],
  set: ScaleSet = DIRECTORY,
): Promise<void> {
  const { small: SMALL, large: LARGE } = set;
  const servers: Running[] = [];
  try {
    servers.push(await start(engine, SMALL));
    servers.push(await start(engine, LARGE));
    const [small, large] = servers as [Running, Running];
    seeding.push(
      `${engine}: ${SMALL.toLocaleString('en')} ${seededLabel(small.seedMs)}, ${LARGE.toLocaleString('en')} ${seededLabel(large.seedMs)}`,
    );
    const smallPaths = await set.paths(small.base, small.member);
    const largePaths = await set.paths(large.base, large.member);
    for (let i = 0; i < smallPaths.length; i++) {
      const [scenario, smallPath, smallHeaders] = smallPaths[i]!;
      const [, largePath, largeHeaders] = largePaths[i]!;
      console.log(`[${engine}] ${scenario}: ${smallPath} / ${largePath}`);
      await warmUp(small.base + smallPath, 50, smallHeaders);
      await warmUp(large.base + largePath, 50, largeHeaders);
      const acc = { small: [] as number[], large: [] as number[], smallN: 0, largeN: 0, failed: 0 };
      for (let r = 0; r < ROUNDS; r++) {
        const s = await load(small.base + smallPath, 1, SLICE_SECONDS, smallHeaders);
        const l = await load(large.base + largePath, 1, SLICE_SECONDS, largeHeaders);
        acc.small.push(...s.latencies);
        acc.large.push(...l.latencies);
        acc.smallN += s.total;
        acc.largeN += l.total;
        acc.failed += s.failed + l.failed;
      }
      acc.small.sort((a, b) => a - b);
      acc.large.sort((a, b) => a - b);
      rows.push({
        engine,
        scenario,
        small: summary(acc.small, acc.smallN),
        large: summary(acc.large, acc.largeN),
        failed: acc.failed,
      });
    }
  } finally {
    for (const s of servers) await s.close();
  }
}

export function printScaleTable(rows: ScaleRow[], set: ScaleSet = DIRECTORY): void {
  const { small: SMALL, large: LARGE } = set;
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  const header = [
    'engine',
    'scenario',
    `mean ${k(SMALL)}`,
    `p95 ${k(SMALL)}`,
    `mean ${k(LARGE)}`,
    `p95 ${k(LARGE)}`,
    'ratio (mean)',
    'ratio (p95)',
    'failed',
  ];
  const lines = rows.map((r) => [
    r.engine,
    r.scenario,
    r.small.mean.toFixed(2),
    r.small.p95.toFixed(2),
    r.large.mean.toFixed(2),
    r.large.p95.toFixed(2),
    (r.large.mean / r.small.mean).toFixed(2),
    (r.large.p95 / r.small.p95).toFixed(2),
    String(r.failed),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log();
  console.log(`One connection, latency in ms, ${k(SMALL)} versus ${k(LARGE)} signatories (${set.unit}):`);
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i < 2 ? `${'-'.repeat(w + 1)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`);
  for (const l of lines) console.log(format(l));
}
