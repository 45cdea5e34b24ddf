import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0003 from './0003_charter.ts';

// The charter feature's migrations. Names keep the global sequence (see platform/db/migrate.ts):
// a database that ran them before they moved here sees them as already run.
export const migrations: Migrations = {
  '0003_charter': m0003,
};
