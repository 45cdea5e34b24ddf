import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import type { Registry } from '../registry.ts';

/** Migrate (the platform's and every feature's), then let each feature put in place the data it needs (the charter text, say). */
export async function prepareDatabase(database: Database, registry: Registry): Promise<void> {
  await migrateToLatest(database.db, registry.migrations);
  for (const feature of registry.features) await feature.prepare?.(database.db);
}
