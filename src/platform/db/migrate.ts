import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Kysely } from 'kysely';
import * as m0001 from './migrations/0001_platform.ts';
import * as m0015 from './migrations/0015_audit_actor.ts';
import * as m0025 from './migrations/0025_content_versions.ts';

/**
 * Migrations by name. Names are global and numbered in one sequence across the platform and
 * every feature (`0009_second_factor`): the database records each name it has run, and they
 * run in name order, so a feature's migration may alter a table an earlier one created.
 */
export type Migrations = Record<string, Migration>;

// Listed by hand rather than read from a folder, so the set is the same however the code is
// run (tsx, a bundle, a test) and a missing file is a type error, not a surprise. Each
// feature lists its own in migrations/index.ts and hands them over in its manifest.
export const platformMigrations: Migrations = {
  '0001_platform': m0001,
  '0015_audit_actor': m0015,
  '0025_content_versions': m0025,
};

/** The platform's migrations and those of each given set, refusing a name used twice. */
export function collectMigrations(sets: { owner: string; migrations: Migrations }[]): Migrations {
  const all: Migrations = { ...platformMigrations };
  const ownerOf = new Map(Object.keys(platformMigrations).map((name) => [name, 'platform']));
  for (const { owner, migrations } of sets) {
    for (const [name, migration] of Object.entries(migrations)) {
      const taken = ownerOf.get(name);
      if (taken) throw new Error(`Migration ${name} is declared by both ${taken} and ${owner}`);
      if (!/^\d{4}_[a-z0-9_]+$/.test(name)) throw new Error(`Migration name ${name} (${owner}) is not like 0009_second_factor`);
      ownerOf.set(name, owner);
      all[name] = migration;
    }
  }
  return all;
}

/** Runs every migration not yet run, in name order; returns the names of those it ran. */
export async function migrateToLatest<T>(db: Kysely<T>, migrations: Migrations): Promise<string[]> {
  return migrate(db, migrations, (m) => m.migrateToLatest());
}

/** Runs migrations up to and including `name`: tests use it to check a data migration. */
export async function migrateTo<T>(db: Kysely<T>, migrations: Migrations, name: string): Promise<string[]> {
  if (!(name in migrations)) throw new Error(`No migration named ${name}`);
  return migrate(db, migrations, (m) => m.migrateTo(name));
}

async function migrate<T>(
  db: Kysely<T>,
  migrations: Migrations,
  run: (m: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await run(new Migrator({ db, provider }));
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
