import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0024 from './0024_following.ts';

// The following feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = { '0024_following': m0024 };
