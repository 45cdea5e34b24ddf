// What both benchmarks share: a server in a child process, a database per engine, timing.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import autocannon from 'autocannon';
import type { BenchMember, ServerReady } from './server.ts';

export type { BenchMember } from './server.ts';

/** One measured request: its name in the tables, its path, and headers (a member's cookie) if any. */
export type Scenario = [name: string, path: string, headers?: Record<string, string>];

const here = path.dirname(fileURLToPath(import.meta.url));
export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;

/** Starts bench/server.ts in a child process and waits for its port. */
export function startServer(
  mode: 'app' | 'bare' | 'seed',
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ready: ServerReady }> {
  const child = fork(path.join(here, 'server.ts'), [mode], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (ready) => resolve({ child, ready: ready as ServerReady }));
    child.once('exit', (code) => reject(new Error(`bench server (${mode}) stopped with code ${code}`)));
  });
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A fresh, empty database for one engine: a temporary SQLite file or a new PostgreSQL database. */
export async function freshDatabase(
  engine: 'sqlite' | 'postgres',
): Promise<{ dataDir: string; databaseUrl: string; drop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-bench-'));
  if (engine === 'sqlite') {
    return {
      dataDir,
      databaseUrl: `sqlite:${path.join(dataDir, 'bench.sqlite')}`,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `inclusio_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL!);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app on a database holding `signatories` (seedScale). Seeding 100,000 signatories and
 * their 200,000 practices takes several minutes per engine, and only the measuring needs an
 * idle machine; so with BENCH_KEEP_SEEDS=1 each seeded database is kept (a SQLite file in the
 * temporary folder, a PostgreSQL database named after it) and every run starts from a copy.
 * The key holds a hash of the seeding code; the migrations are not in it because the app
 * migrates a kept database forward on start, as it would an old production one.
 */
export async function appOnSeededDatabase(
  engine: 'sqlite' | 'postgres',
  signatories: number,
): Promise<{
  base: string;
  child: ChildProcess;
  seedMs: number | null;
  member: BenchMember | undefined;
  close(): Promise<void>;
}> {
  const database = await freshDatabase(engine);
  try {
    let seedMs: number | null = null;
    if (process.env.BENCH_KEEP_SEEDS === '1') {
      seedMs = await copySeeded(engine, signatories, database);
      signatories = 0;
    }
    const { child, ready } = await startServer('app', {
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.databaseUrl,
      BENCH_SIGNATORIES: String(signatories),
    });
    return {
      base: `http://127.0.0.1:${ready.port}`,
      child,
      seedMs: signatories > 0 ? (ready.seedMs ?? 0) : seedMs,
      member: ready.member,
      async close() {
        await stop(child);
        await database.drop();
      },
    };
  } catch (err) {
    await database.drop();
    throw err;
  }
}

/** How a run's database came to be, for the log and the seeding line. */
export const seededLabel = (ms: number | null): string =>
  ms === null ? 'kept seeded database' : `seeded in ${(ms / 1000).toFixed(1)} s`;

function seedingCodeHash(): string {
  const root = path.join(here, '..', 'src');
  const files = [
    ...['seed.ts', 'seed-scale.ts', 'seed-rows.ts', 'seed-words.ts', 'seed-data.ts'].map((f) =>
      path.join(root, 'cli', f),
    ),
    ...fs
      .readdirSync(path.join(root, 'features'))
      .flatMap((f) => ['seed-scale.ts', 'seed-words.ts'].map((s) => path.join(root, 'features', f, s))),
  ].filter((f) => fs.existsSync(f));
  const hash = createHash('sha256');
  // Paths relative to src/, so that the same code in another checkout (a worktree) finds the same seeds.
  for (const f of files.sort()) hash.update(path.relative(root, f)).update(fs.readFileSync(f));
  return hash.digest('hex').slice(0, 10);
}

/** Copies the kept seeded database into `target`, seeding it first if it is not kept yet; gives the seeding time or null. */
async function copySeeded(
  engine: 'sqlite' | 'postgres',
  signatories: number,
  target: { dataDir: string; databaseUrl: string },
): Promise<number | null> {
  const name = `inclusio_seed_${engine}_${signatories}_${seedingCodeHash()}`;
  let seedMs: number | null = null;
  const seed = async (env: Record<string, string>) => {
    console.log(`[${engine}] seeding ${signatories.toLocaleString('en')} signatories into the kept database ${name}…`);
    const { child, ready } = await startServer('seed', { ...env, BENCH_SIGNATORIES: String(signatories) });
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    seedMs = ready.seedMs ?? 0;
  };
  if (engine === 'sqlite') {
    const keptDir = path.join(os.tmpdir(), 'inclusio-bench-seeds', name);
    const keptFile = path.join(keptDir, 'bench.sqlite');
    if (!fs.existsSync(keptFile)) {
      fs.rmSync(keptDir, { recursive: true, force: true });
      fs.mkdirSync(keptDir, { recursive: true });
      await seed({ DATA_DIR: keptDir, DATABASE_URL: `sqlite:${keptFile}.part` });
      fs.renameSync(`${keptFile}.part`, keptFile);
    }
    fs.copyFileSync(keptFile, target.databaseUrl.slice('sqlite:'.length));
  } else {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      const kept = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (kept.rowCount === 0) {
        const part = `${name}_part`;
        await admin.query(`drop database if exists ${part} with (force)`);
        await admin.query(`create database ${part}`);
        const url = new URL(POSTGRES_URL!);
        url.pathname = `/${part}`;
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-bench-'));
        await seed({ DATA_DIR: dataDir, DATABASE_URL: url.toString() });
        fs.rmSync(dataDir, { recursive: true, force: true });
        await admin.query(`alter database ${part} rename to ${name}`);
      }
      const targetName = new URL(target.databaseUrl).pathname.slice(1);
      await admin.query(`drop database ${targetName}`);
      await admin.query(`create database ${targetName} template ${name}`);
    } finally {
      await admin.end();
    }
  }
  if (seedMs === null) console.log(`[${engine}] reusing the kept database ${name}`);
  return seedMs;
}

/** Sends `count` requests one after the other; each must answer 200. */
export async function warmUp(url: string, count: number, headers: Record<string, string> = {}): Promise<void> {
  for (let i = 0; i < count; i++) {
    // Warming up an uncached scenario uses numbers its run never asks for.
    const res = await fetch(url.endsWith(UNCACHED) ? `${url.slice(0, -1)}warm${i}` : url, {
      headers,
      redirect: 'manual',
    });
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    await res.arrayBuffer();
  }
}

/**
 * A URL whose query ends with `_=*` is asked each time with another number in place of the `*`:
 * the same page under a URL the app's page cache has never seen (ADR 0022), so the scenario
 * measures what the page costs when nobody asked for it since the last change.
 */
export const UNCACHED = '_=*';

/** Runs autocannon and gives every response's latency (ms, sorted) and the failures. */
export async function load(
  url: string,
  connections: number,
  duration: number,
  headers: Record<string, string> = {},
): Promise<{ latencies: number[]; total: number; failed: number }> {
  const latencies: number[] = [];
  let n = 0;
  const busting = url.endsWith(UNCACHED);
  const path = busting ? new URL(url).pathname + new URL(url).search.slice(0, -1) : '';
  const requests = busting ? [{ setupRequest: (r: { path: string }) => ({ ...r, path: `${path}${n++}` }) }] : undefined;
  const instance = autocannon({ url, connections, duration, headers, ...(requests ? { requests } : {}) });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { latencies, total: result.requests.total, failed: result.non2xx + result.errors + result.timeouts };
}

/** The URL of the "next page" link on a directory page. */
export async function nextPage(base: string, pagePath: string): Promise<string> {
  const html = await (await fetch(base + pagePath)).text();
  const m = html.match(/<a class="pagination__link" href="([^"]+)" rel="next">/);
  if (!m) throw new Error(`no next page on ${pagePath}`);
  return m[1]!.replace(/&amp;/g, '&');
}
