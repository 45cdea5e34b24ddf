import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type EngineName = 'sqlite' | 'postgres';

/**
 * The engines every integration suite runs on. PostgreSQL runs when TEST_POSTGRES_URL is set;
 * under CI=true its absence is a failure, not a skip.
 */
export function engines(): EngineName[] {
  if (process.env.TEST_POSTGRES_URL) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') throw new Error('CI=true but TEST_POSTGRES_URL is not set');
  if (!warned) {
    warned = true;
    console.log('# skipping PostgreSQL: TEST_POSTGRES_URL is not set');
  }
  return ['sqlite'];
}
let warned = false;

/** A fresh PostgreSQL database for one suite; drop() removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const name = `inclusio_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
