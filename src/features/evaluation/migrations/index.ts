import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0037 from './0037_evaluation.ts';
import * as m0043 from './0043_proposal_list_index.ts';

export const migrations: Migrations = {
  '0037_evaluation': m0037,
  '0043_proposal_list_index': m0043,
};
