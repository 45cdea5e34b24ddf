import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDatabase, type Dialect } from '../../src/platform/db/database.ts';
import { prepareDatabase } from '../../src/platform/db/prepare.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { buildApp } from '../../src/app.ts';
import { runDueJobs } from '../../src/platform/jobs/queue.ts';
import { registry } from '../../src/features/index.ts';
import type { Registry } from '../../src/platform/registry.ts';
import { createPostgresDatabase, engines, type EngineName } from './engines.ts';
import { Client } from './client.ts';
import { readOutbox, type SentMail } from './outbox.ts';

export interface TestApp {
  engine: EngineName;
  app: FastifyInstance;
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
  /** The features put together, as the app uses them (housekeeping, migrations, tables). */
  registry: Registry;
  /** A browser-like client with its own cookie jar. */
  client(): Client;
  /** Sends every queued mail (into the outbox folder) and returns all mail sent so far. */
  mails(): Promise<SentMail[]>;
  close(): Promise<void>;
}

export async function startTestApp(engine: EngineName): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-test-'));
  const pgDb = engine === 'postgres' ? await createPostgresDatabase() : null;
  const config = loadConfig(
    { DATA_DIR: dataDir, DATABASE_URL: pgDb ? pgDb.url : `sqlite:${path.join(dataDir, 'test.sqlite')}`, LOG_LEVEL: 'silent', RATE_LIMIT_PAGES: '0', RATE_LIMIT_API: '0' },
    { startWorkers: false },
  );
  const database = openDatabase(config.databaseUrl);
  await prepareDatabase(database, registry);
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const handlers = registry.jobHandlers(config);
  return {
    engine,
    app,
    db: database.db,
    dialect: database.dialect,
    config,
    registry,
    client: () => new Client(app),
    async mails() {
      await runDueJobs(database.db, database.dialect, handlers);
      return readOutbox(path.join(dataDir, 'outbox'));
    },
    async close() {
      await app.close();
      await database.close();
      await pgDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a suite once per engine (SQLite always, PostgreSQL when configured), each on a fresh
 * database. `t()` gives the running app inside tests.
 */
export function describeEachEngine(title: string, suite: (t: () => TestApp) => void): void {
  for (const engine of engines()) {
    describe(`${title} [${engine}]`, () => {
      let testApp: TestApp | undefined;
      before(async () => {
        testApp = await startTestApp(engine);
      });
      after(async () => {
        await testApp?.close();
      });
      suite(() => {
        if (!testApp) throw new Error('test app not started');
        return testApp;
      });
    });
  }
}
