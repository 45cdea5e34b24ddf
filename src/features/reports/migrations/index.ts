import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0036 from './0036_reports.ts';
import * as m0039 from './0039_headline_saved_by.ts';

export const migrations: Migrations = { '0036_reports': m0036, '0039_headline_saved_by': m0039 };
