// The server side of the directory benchmark, run as a child process so that the load
// generator and the app do not share one event loop. Two modes:
//   app   — migrate and prepare the database in $DATABASE_URL, add $BENCH_SIGNATORIES
//           signatories with seedScale, start the real app on 127.0.0.1 (a free port);
//   seed  — the same migrating and seeding, then it reports and exits (a kept seeded database,
//           see appOnSeededDatabase in bench/lib.ts);
//   bare  — a bare Fastify route on 127.0.0.1 that answers with the bytes of $BENCH_BARE_FILE.
// Either way it reports { port, … } to the parent over IPC and runs until it is killed.
import fs from 'node:fs';
import Fastify from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/platform/db/schema.ts';
import { createSession, SESSION_COOKIE } from '../src/features/accounts/sessions.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { prepareDatabase } from '../src/platform/db/prepare.ts';
import { registry } from '../src/features/index.ts';
import { buildApp } from '../src/app.ts';
import { seedScale } from '../src/cli/seed.ts';

/** A signed-in administrator of one signatory, for the pages only members see (its space). */
export interface BenchMember {
  /** The Cookie header's value: the session of the organisation's administrator. */
  cookie: string;
  orgId: string;
  /** Its public profile: /{lang}/signatories/{slug}. */
  slug: string;
}

export interface ServerReady {
  port: number;
  seedMs?: number;
  member?: BenchMember;
}

/**
 * The administrator of the first signatory by id among those whose latest self-assessment has the
 * most cells (or of the first signatory by id when none has submitted one), signed in: a session
 * made the way a sign-in makes it (the scale seed's people have no password to type).
 */
async function signedInMember(db: Kysely<DB>): Promise<BenchMember | undefined> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select(['m.user_id', 'o.id', 'o.slug'])
    // One with a submitted self-assessment (the assessment bench opens its results), when any has,
    // and of those one whose run has the most cells: the scale seed gives runs two to six cells,
    // so the small and the large database then show a results page of the same size.
    .leftJoin('assessment_profiles as ap', 'ap.org_id', 'o.id')
    .where('m.role', '=', 'admin')
    .where('o.status', '=', 'signatory')
    .orderBy(sql`case when ap.last_run_id is null then 1 else 0 end`)
    .orderBy(sql`(select count(*) from assessment_answers as aa where aa.run_id = ap.last_run_id)`, 'desc')
    .orderBy('o.id')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const token = await createSession(db, row.user_id);
  return { cookie: `${SESSION_COOKIE}=${token}`, orgId: row.id, slug: row.slug };
}

function report(message: ServerReady): void {
  if (!process.send) throw new Error('bench/server.ts runs as a child of bench/directory.ts');
  process.send(message);
}

async function serveApp(seedOnly: boolean): Promise<void> {
  // The load generator is one client address: the per-address request limits would measure themselves.
  const config = loadConfig(
    { ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_PAGES: '0', RATE_LIMIT_API: '0' },
    { startWorkers: false },
  );
  const database = openDatabase(config.databaseUrl);
  await prepareDatabase(database, registry);
  const started = performance.now();
  const wanted = Number(process.env.BENCH_SIGNATORIES ?? 10_000);
  if (wanted > 0) await seedScale(database.db, wanted);
  const seedMs = performance.now() - started;
  // Fresh statistics (and, on PostgreSQL, a visibility map), as a database that has been
  // running a while would have after autovacuum.
  await sql.raw(database.dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(database.db);
  if (seedOnly) {
    await database.close();
    process.send!({ port: 0, seedMs } satisfies ServerReady, () => process.exit(0));
    return;
  }
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  report({ port: address.port, seedMs, member: await signedInMember(database.db) });
}

async function serveBare(): Promise<void> {
  const body = fs.readFileSync(process.env.BENCH_BARE_FILE!);
  const app = Fastify({ logger: false });
  app.get('/bare', async (_request, reply) => reply.type('text/html; charset=utf-8').send(body));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  report({ port: address.port });
}

const mode = process.argv[2];
(mode === 'bare' ? serveBare() : serveApp(mode === 'seed')).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
