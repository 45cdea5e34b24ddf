import type { Migrations } from '../../../platform/db/migrate.ts';
import * as m0034 from './0034_assessment.ts';
import * as m0035 from './0035_editors_are_members.ts';

export const migrations: Migrations = {
  '0034_assessment': m0034,
  '0035_editors_are_members': m0035,
};
