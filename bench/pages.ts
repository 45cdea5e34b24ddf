// A feature's pages measured as the library's were (issue 6): a scale part (one connection, the
// small and the large seeded databases alternately) and a load part (10 connections on the large
// one). bench/practices.ts and bench/commitment2.ts describe their pages; this runs them.
import os from 'node:os';
import { POSTGRES_URL, UNCACHED, type BenchMember, type Scenario } from './lib.ts';
import { CONNECTIONS, DURATION, loadEngine, printTable, type Row } from './load.ts';
import { benchScale, printScaleTable, type ScaleRow, type ScaleSet } from './scale.ts';

export interface PagesBench {
  /** The table's title: "Practices". */
  title: string;
  /** What grows, for the scale table: "two practices each". */
  unit: string;
  /** What the load part's database holds, for its title line. */
  loadContents: string;
  /** Signatories in the small and the large database, when not BENCH_PAGES_SMALL and _LARGE's. */
  signatories?: { small: number; large: number };
  /**
   * The scenarios on a running server (a cursor or a slug is only valid on its database);
   * `member` is a signed-in administrator of one signatory there, for the pages members see.
   */
  paths(base: string, member: BenchMember | undefined): Promise<Scenario[]>;
}

/** Signatories in the small and the large database (seed --scale); the load part uses the large. */
const SMALL = Number(process.env.BENCH_PAGES_SMALL ?? 1_000);
const LARGE = Number(process.env.BENCH_PAGES_LARGE ?? 100_000);

/**
 * Each list page twice: as the page cache serves it to anonymous readers who ask for it again
 * (ADR 0022), and "not cached", under a URL never asked for before (`_=` and a new number on
 * every request), which costs the full price.
 */
export function withUncached(pages: [string, string][]): [string, string][] {
  return pages.flatMap(([name, path]): [string, string][] => [
    [name, path],
    [`${name}, not cached`, `${path}${path.includes('?') ? '&' : '?'}${UNCACHED}`],
  ]);
}

/** Only the scenarios whose name holds BENCH_SCENARIOS (any case), if it is set. */
function chosen(list: Scenario[]): Scenario[] {
  const only = process.env.BENCH_SCENARIOS?.toLowerCase();
  const kept = only ? list.filter(([name]) => name.toLowerCase().includes(only)) : list;
  if (kept.length === 0) throw new Error(`BENCH_SCENARIOS=${only} names no scenario`);
  return kept;
}

export async function pagesPart(bench: PagesBench, part: 'both' | 'scale' | 'load'): Promise<void> {
  const { small, large } = bench.signatories ?? { small: SMALL, large: LARGE };
  const paths = async (base: string, member: BenchMember | undefined) => chosen(await bench.paths(base, member));
  if (part !== 'load') {
    console.log(`${bench.title}, scale: one connection, Node ${process.version}, ${os.cpus().length} CPU(s).`);
    const set: ScaleSet = { unit: bench.unit, small, large, paths };
    const rows: ScaleRow[] = [];
    const seeding: string[] = [];
    await benchScale('sqlite', rows, seeding, set);
    if (POSTGRES_URL) await benchScale('postgres', rows, seeding, set);
    console.log(`\nSeeding (seedScale, then ANALYZE): ${seeding.join('; ')}`);
    printScaleTable(rows, set);
  }
  if (part !== 'scale') {
    console.log(
      `${bench.title}, load: ${bench.loadContents}, ${CONNECTIONS} connections, ` +
        `${DURATION} s per scenario, Node ${process.version}, ${os.cpus().length} CPU(s).`,
    );
    const rows: Row[] = [];
    const scenarios = async (base: string, member: BenchMember | undefined) =>
      (await paths(base, member)).map(([name, p, headers]): Scenario => [name, base + p, headers]);
    await loadEngine('sqlite', large, rows, scenarios);
    if (POSTGRES_URL) await loadEngine('postgres', large, rows, scenarios);
    printTable(rows);
  }
}
