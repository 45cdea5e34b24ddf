import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0037 from './0037_evaluation.ts';

export const migrations: Migrations = { '0037_evaluation': m0037 };
