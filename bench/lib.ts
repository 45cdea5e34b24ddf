// What both benchmarks share: a server in a child process, a database per engine, timing.
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
export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;

/** Starts bench/server.ts in a child process and waits for its port. */
export function startServer(
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

/** Sends `count` requests one after the other; each must answer 200. */
export async function warmUp(url: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    await res.arrayBuffer();
  }
}

/** Runs autocannon and gives every response's latency (ms, sorted) and the failures. */
export async function load(
  url: string,
  connections: number,
  duration: number,
): Promise<{ latencies: number[]; total: number; failed: number }> {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections, duration });
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
