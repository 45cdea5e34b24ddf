import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0005 from './0005_signing.ts';
import * as m0007 from './0007_retention.ts';
import * as m0014 from './0014_paper_signatures.ts';
import * as m0020 from './0020_erased_scans.ts';

// The signing feature's migrations. Names keep the global sequence (see platform/db/migrate.ts):
// a database that ran them before they moved here sees them as already run.
export const migrations: Migrations = {
  '0005_signing': m0005,
  '0007_retention': m0007,
  '0014_paper_signatures': m0014,
  '0020_erased_scans': m0020,
};
