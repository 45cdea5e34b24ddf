// The whole database as Kysely sees it. The platform declares its own tables here; each
// feature adds its tables to this interface from its <feature>.table.ts by module
// augmentation (`declare module '…/platform/db/schema.ts' { interface DB { … } }`), so the
// platform never imports a feature and a new table is declared in one place, next to its
// feature. The compiler merges every declaration of `DB` in the program.
import type {
  AuditLogTable,
  ContentVersionsTable,
  JobsTable,
  RateLimitsTable,
  SettingsTable,
} from '../platform.table.ts';

export interface DB {
  jobs: JobsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  settings: SettingsTable;
  content_versions: ContentVersionsTable;
}

/** The name of any table, the platform's or a feature's. */
export type TableName = keyof DB & string;
