import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0016 from './0016_practices.ts';

// The practices feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = { '0016_practices': m0016 };
