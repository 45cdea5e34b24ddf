import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0032 from './0032_campaigns.ts';

export const migrations: Migrations = { '0032_campaigns': m0032 };
