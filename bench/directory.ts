// `npm run bench`: load-tests the public directory on SQLite and, when a PostgreSQL URL is
// given, on PostgreSQL. See bench/README.md for what it measures and how to read the table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nextPage, POSTGRES_URL, startServer, stop } from './lib.ts';
import { CONNECTIONS, DURATION, loadEngine, measure, printTable, type Row } from './load.ts';
import { benchScale, printScaleTable, type ScaleRow } from './scale.ts';
import { COMMITMENT2 } from './commitment2.ts';
import { ASSESSMENT } from './assessment.ts';
import { COMMITMENTS } from './commitments.ts';
import { pagesPart, type PagesBench } from './pages.ts';
import { PRACTICES } from './practices.ts';
import { REPORTS } from './reports.ts';

const SIGNATORIES = Number(process.env.BENCH_SIGNATORIES ?? 10_000);
/**
 * `npm run bench -- load` or `-- scale` runs one part of the directory's; without an argument,
 * both. `-- practices` runs the library's own (its scale and load parts, bench/practices.ts),
 * `-- practices-scale` or `-- practices-load` one of them; `-- commitment2` and its two parts
 * likewise for the obstacles and the actions (bench/commitment2.ts), `-- commitments` for the
 * activity log and the nine commitments (bench/commitments.ts), `-- assessment` for the
 * self-assessment (bench/assessment.ts), `-- reports` for the consolidated reports (bench/reports.ts).
 */
const PART = process.argv[2];

/** The directory's load scenarios; the first page's bytes are kept for the bare Fastify line. */
function benchEngine(engine: 'sqlite' | 'postgres', rows: Row[], bareFile: string): Promise<void> {
  return loadEngine(
    engine,
    SIGNATORIES,
    rows,
    async (base) => [
      ['directory, first page', `${base}/en/signatories`],
      ['name search', `${base}/en/signatories?q=digi`],
      ['sector + region', `${base}/en/signatories?sector=public&region=wallonia`],
      ['filtered page 2 (cursor)', base + (await nextPage(base, '/en/signatories?sector=private&region=flanders'))],
      ['JSON API, 20 rows', `${base}/api/v1/signatories?limit=20`],
    ],
    async (base) => {
      if (!fs.existsSync(bareFile))
        fs.writeFileSync(bareFile, Buffer.from(await (await fetch(`${base}/en/signatories`)).arrayBuffer()));
    },
  );
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
  const pages: Record<string, PagesBench> = {
    practices: PRACTICES,
    commitment2: COMMITMENT2,
    commitments: COMMITMENTS,
    assessment: ASSESSMENT,
    reports: REPORTS,
  };
  const parts = ['load', 'scale', ...Object.keys(pages).flatMap((p) => [p, `${p}-scale`, `${p}-load`])];
  if (PART && !parts.includes(PART)) throw new Error(`Unknown part ${PART}: use ${parts.join(', ')}`);
  if (!POSTGRES_URL) console.log('PostgreSQL skipped: set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) to include it.');
  const [name, half] = (PART ?? '').split('-') as [string, 'scale' | 'load' | undefined];
  if (pages[name]) return pagesPart(pages[name], half ?? 'both');
  if (PART !== 'load') await scalePart();
  if (PART !== 'scale') await loadPart();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
