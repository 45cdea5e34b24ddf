// The load part's shared pieces: one scenario measured under load, one engine's run (seed,
// start the app, measure each scenario), and the table. The directory's and the practices'
// load parts use them (bench/directory.ts, bench/practices.ts).
import { appOnSeededDatabase, load, seededLabel, percentile, warmUp, type BenchMember, type Scenario } from './lib.ts';

export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export interface Row {
  engine: string;
  scenario: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

export async function measure(
  engine: string,
  scenario: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<Row> {
  // A few requests first, so the run does not measure cold caches and lazy compilation.
  await warmUp(url, 20, headers);
  const { latencies, total, failed } = await load(url, CONNECTIONS, DURATION, headers);
  return {
    engine,
    scenario,
    requests: total,
    perSecond: total / DURATION,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failed,
  };
}

/**
 * One engine: a fresh database with `signatories` seeded (seedScale, as the CLI), the app in a
 * child process, then each scenario of `scenarios(base)` measured in turn; `after` runs while
 * the app is still up.
 */
export async function loadEngine(
  engine: 'sqlite' | 'postgres',
  signatories: number,
  rows: Row[],
  /** Full URLs; `member` is a signed-in administrator of one signatory (bench/server.ts). */
  scenarios: (base: string, member: BenchMember | undefined) => Promise<Scenario[]>,
  after?: (base: string) => Promise<void>,
): Promise<void> {
  console.log(`[${engine}] migrating and seeding ${signatories.toLocaleString('en')} signatories…`);
  const app = await appOnSeededDatabase(engine, signatories);
  try {
    const { base, seedMs } = app;
    console.log(`[${engine}] ${seededLabel(seedMs)}; app at ${base}`);
    for (const [name, url, headers] of await scenarios(base, app.member)) {
      console.log(`[${engine}] ${name}: ${url.slice(base.length)}${headers ? ' (signed in)' : ''}`);
      rows.push(await measure(engine, name, url, headers));
    }
    await after?.(base);
  } finally {
    await app.close();
  }
}

export function printTable(rows: Row[]): void {
  const header = ['engine', 'scenario', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'failed'];
  const lines = rows.map((r) => [
    r.engine,
    r.scenario,
    String(r.requests),
    r.perSecond.toFixed(0),
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.p99.toFixed(2),
    String(r.failed),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log();
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i < 2 ? `${'-'.repeat(w + 1)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`);
  for (const l of lines) console.log(format(l));
}
