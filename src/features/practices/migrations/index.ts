import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0017 from './0017_practices.ts';
import * as m0021 from './0021_missing_languages.ts';

// The practices feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = {
  '0017_practices': m0017,
  '0021_missing_languages': m0021,
};
