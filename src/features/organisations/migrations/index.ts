import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0004 from './0004_organisations.ts';
import * as m0006 from './0006_directory_bits.ts';
import * as m0012 from './0012_counts_and_search.ts';
import * as m0016 from './0016_name_words.ts';
import * as m0041 from './0041_directory_reporting.ts';

// The organisations feature's migrations. Names keep the global sequence (see platform/db/migrate.ts):
// a database that ran them before they moved here sees them as already run.
export const migrations: Migrations = {
  '0004_organisations': m0004,
  '0006_directory_bits': m0006,
  '0012_counts_and_search': m0012,
  '0016_name_words': m0016,
  '0041_directory_reporting': m0041,
};
