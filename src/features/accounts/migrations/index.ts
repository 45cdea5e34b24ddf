import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0002 from './0002_accounts.ts';
import * as m0008 from './0008_closed_accounts.ts';
import * as m0009 from './0009_second_factor.ts';
import * as m0010 from './0010_sign_in_throttle.ts';

// The accounts feature's migrations. Names keep the global sequence (see platform/db/migrate.ts):
// a database that ran them before they moved here sees them as already run.
export const migrations: Migrations = {
  '0002_accounts': m0002,
  '0008_closed_accounts': m0008,
  '0009_second_factor': m0009,
  '0010_sign_in_throttle': m0010,
};
