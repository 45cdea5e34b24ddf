import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0030 from './0030_activities.ts';

// The activities feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = { '0030_activities': m0030 };
