// `npm run bench`: load-tests the public directory on SQLite and, when a PostgreSQL URL is
// given, on PostgreSQL. See bench/README.md for what it measures and how to read the table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase, load, nextPage, POSTGRES_URL, startServer, stop, percentile, warmUp } from './lib.ts';
import { benchScale, printScaleTable, type ScaleRow } from './scale.ts';

const SIGNATORIES = Number(process.env.BENCH_SIGNATORIES ?? 10_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** `npm run bench -- load` or `-- scale` runs one part; without an argument, both. */
const PART = process.argv[2];

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

async function measure(engine: string, scenario: string, url: string): Promise<Row> {
  // A few requests first, so the run does not measure cold caches and lazy compilation.
  await warmUp(url, 20);
  const { latencies, total, failed } = await load(url, CONNECTIONS, DURATION);
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

async function benchEngine(engine: 'sqlite' | 'postgres', rows: Row[], bareFile: string): Promise<void> {
  const database = await freshDatabase(engine);
  let server: Awaited<ReturnType<typeof startServer>>['child'] | undefined;
  try {
    console.log(`[${engine}] migrating and seeding ${SIGNATORIES.toLocaleString('en')} signatories…`);
    const { child, ready } = await startServer('app', {
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.databaseUrl,
      BENCH_SIGNATORIES: String(SIGNATORIES),
    });
    server = child;
    console.log(`[${engine}] seeded in ${((ready.seedMs ?? 0) / 1000).toFixed(1)} s; app on 127.0.0.1:${ready.port}`);
    const base = `http://127.0.0.1:${ready.port}`;
    const scenarios: [string, string][] = [
      ['directory, first page', `${base}/en/signatories`],
      ['name search', `${base}/en/signatories?q=digi`],
      ['sector + region', `${base}/en/signatories?sector=public&region=wallonia`],
      ['filtered page 2 (cursor)', base + (await nextPage(base, '/en/signatories?sector=private&region=flanders'))],
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
    await database.drop();
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

async function loadPart(): Promise<void> {
  console.log(
    `Load: ${SIGNATORIES.toLocaleString('en')} signatories, ${CONNECTIONS} connections, ${DURATION} s per scenario, ` +
      `Node ${process.version}, ${os.cpus().length} CPU(s).`,
  );
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

async function scalePart(): Promise<void> {
  console.log(`Scale: one connection, Node ${process.version}, ${os.cpus().length} CPU(s).`);
  const rows: ScaleRow[] = [];
  const seeding: string[] = [];
  await benchScale('sqlite', rows, seeding);
  if (POSTGRES_URL) await benchScale('postgres', rows, seeding);
  console.log(`\nSeeding (seedScale, then ANALYZE): ${seeding.join('; ')}`);
  printScaleTable(rows);
}

async function main(): Promise<void> {
  if (PART && PART !== 'load' && PART !== 'scale') throw new Error(`Unknown part ${PART}: use load or scale`);
  if (!POSTGRES_URL) console.log('PostgreSQL skipped: set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) to include it.');
  if (PART !== 'load') await scalePart();
  if (PART !== 'scale') await loadPart();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
