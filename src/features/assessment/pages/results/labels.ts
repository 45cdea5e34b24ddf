import type { Audience } from '../../framework.ts';
import type { Change } from '../../service-results.ts';

// Catalogue keys chosen at run time, written out so the catalogue test sees each one used.

export const LEVEL_NAME: Record<number, string> = {
  0: 'assessment.level.0',
  1: 'assessment.level.1',
  2: 'assessment.level.2',
  3: 'assessment.level.3',
  4: 'assessment.level.4',
};

export const AUDIENCE_NAME: Record<Audience, string> = {
  employees: 'assessment.audience.employees',
  customers: 'assessment.audience.customers',
  community: 'assessment.audience.community',
};

export const CHANGE_NAME: Record<Change, string> = {
  up: 'assessment.results.change.up',
  down: 'assessment.results.change.down',
  same: 'assessment.results.change.same',
  new: 'assessment.results.change.new',
};
