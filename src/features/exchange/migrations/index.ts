import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0023 from './0023_exchange.ts';

// The exchange feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = { '0023_exchange': m0023 };
