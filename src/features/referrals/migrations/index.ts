import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0033 from './0033_referrals.ts';

// The referrals feature's migrations, in the app's one sequence (docs/new-feature.md).
export const migrations: Migrations = { '0033_referrals': m0033 };
