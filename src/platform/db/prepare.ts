import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { features } from '../../features/index.ts';

/** Migrate, then let each feature put in place the data it needs (the charter text, say). */
export async function prepareDatabase(database: Database): Promise<void> {
  await migrateToLatest(database.db);
  for (const feature of features) await feature.prepare?.(database.db);
}
