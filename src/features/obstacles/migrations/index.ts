import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0022 from './0022_obstacles.ts';
import * as m0031 from './0031_obstacle_search_keys.ts';

// The obstacles feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = { '0022_obstacles': m0022, '0031_obstacle_search_keys': m0031 };
