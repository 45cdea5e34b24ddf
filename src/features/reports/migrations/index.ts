import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0036 from './0036_reports.ts';

export const migrations: Migrations = { '0036_reports': m0036 };
