import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0026 from './0026_actions.ts';
import * as m0027 from './0027_action_moderation.ts';

// The actions feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = { '0026_actions': m0026, '0027_action_moderation': m0027 };
