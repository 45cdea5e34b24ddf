// `npm run bench`: load-tests the public directory on SQLite and, when a PostgreSQL URL is
// given, on PostgreSQL. See bench/README.md for what it measures and how to read the table.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import autocannon from 'autocannon';
import type { ServerReady } from './server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIGNATORIES = Number(process.env.BENCH_SIGNATORIES ?? 10_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;

interface Row {
  engine: string;
  scenario: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

/** Starts bench/server.ts in a child process and waits for its port. */
function startServer(
  mode: 'app' | 'bare',
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

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(engine: string, scenario: string, url: string): Promise<Row> {
  // A few requests first, so the run does not measure cold caches and lazy compilation.
  for (let i = 0; i < 20; i++) {
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`${scenario}: ${url} answered ${res.status}`);
    await res.arrayBuffer();
  }
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    engine,
    scenario,
    requests: result.requests.total,
    perSecond: result.requests.total / DURATION,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** The URL of the "next page" link on a directory page. */
async function secondPage(base: string, firstPath: string): Promise<string> {
  const html = await (await fetch(base + firstPath)).text();
  const m = html.match(/<a class="pagination__link" href="([^"]+)" rel="next">/);
  if (!m) throw new Error(`no next page on ${firstPath}`);
  return base + m[1]!.replace(/&amp;/g, '&');
}

async function benchEngine(engine: 'sqlite' | 'postgres', rows: Row[], bareFile: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-bench-'));
  let dropDatabase = async () => {};
  let databaseUrl = `sqlite:${path.join(dataDir, 'bench.sqlite')}`;
  if (engine === 'postgres') {
    const name = `inclusio_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  let server: ChildProcess | undefined;
  try {
    console.log(`[${engine}] migrating and seeding ${SIGNATORIES.toLocaleString('en')} signatories…`);
    const { child, ready } = await startServer('app', {
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      BENCH_SIGNATORIES: String(SIGNATORIES),
    });
    server = child;
    console.log(`[${engine}] seeded in ${((ready.seedMs ?? 0) / 1000).toFixed(1)} s; app on 127.0.0.1:${ready.port}`);
    const base = `http://127.0.0.1:${ready.port}`;
    const scenarios: [string, string][] = [
      ['directory, first page', `${base}/en/signatories`],
      ['name search', `${base}/en/signatories?q=digi`],
      ['sector + region', `${base}/en/signatories?sector=public&region=wallonia`],
      ['filtered page 2 (cursor)', await secondPage(base, '/en/signatories?sector=private&region=flanders')],
      ['JSON API, 20 rows', `${base}/api/v1/signatories?limit=20`],
    ];
    for (const [name, url] of scenarios) {
      console.log(`[${engine}] ${name}: ${url.slice(base.length)}`);
      rows.push(await measure(engine, name, url));
    }
    if (!fs.existsSync(bareFile))
      fs.writeFileSync(bareFile, Buffer.from(await (await fetch(`${base}/en/signatories`)).arrayBuffer()));
  } finally {
    if (server) await stop(server);
    await dropDatabase();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printTable(rows: Row[]): void {
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

async function main(): Promise<void> {
  console.log(
    `Directory benchmark: ${SIGNATORIES.toLocaleString('en')} signatories, ${CONNECTIONS} connections, ${DURATION} s per scenario, ` +
      `Node ${process.version}, ${os.cpus().length} CPU(s).`,
  );
  if (!POSTGRES_URL) console.log('PostgreSQL skipped: set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) to include it.');
  const rows: Row[] = [];
  const bareFile = path.join(os.tmpdir(), `inclusio-bench-bare-${process.pid}.html`);
  try {
    await benchEngine('sqlite', rows, bareFile);
    if (POSTGRES_URL) await benchEngine('postgres', rows, bareFile);
    const { child, ready } = await startServer('bare', { BENCH_BARE_FILE: bareFile });
    try {
      console.log(`[bare] the same ${fs.statSync(bareFile).size.toLocaleString('en')} bytes from memory`);
      rows.push(await measure('bare Fastify', 'same bytes, no app', `http://127.0.0.1:${ready.port}/bare`));
    } finally {
      await stop(child);
    }
  } finally {
    fs.rmSync(bareFile, { force: true });
  }
  printTable(rows);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
