import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Kysely } from 'kysely';
import * as m0001 from './migrations/0001_platform.ts';
import * as m0002 from './migrations/0002_accounts.ts';
import * as m0003 from './migrations/0003_charter.ts';
import * as m0004 from './migrations/0004_organisations.ts';
import * as m0005 from './migrations/0005_signing.ts';
import * as m0006 from './migrations/0006_directory_bits.ts';
import * as m0007 from './migrations/0007_retention.ts';
import * as m0008 from './migrations/0008_closed_accounts.ts';
import * as m0009 from './migrations/0009_second_factor.ts';

// Listed by hand rather than read from the folder, so the set is the same however the
// code is run (tsx, a bundle, a test) and a missing file is a type error, not a surprise.
const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
  '0002_accounts': m0002,
  '0003_charter': m0003,
  '0004_organisations': m0004,
  '0005_signing': m0005,
  '0006_directory_bits': m0006,
  '0007_retention': m0007,
  '0008_closed_accounts': m0008,
  '0009_second_factor': m0009,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Runs every migration not yet run; returns the names of those it ran. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  return migrate(db, (m) => m.migrateToLatest());
}

/** Runs migrations up to and including `name`: tests use it to check a data migration. */
export async function migrateTo<T>(db: Kysely<T>, name: keyof typeof migrations): Promise<string[]> {
  return migrate(db, (m) => m.migrateTo(name));
}

async function migrate<T>(db: Kysely<T>, run: (m: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  const { error, results } = await run(new Migrator({ db, provider }));
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
