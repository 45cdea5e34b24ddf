import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0034 from './0034_assessment.ts';

export const migrations: Migrations = { '0034_assessment': m0034 };
