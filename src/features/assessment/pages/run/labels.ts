import type { Audience, Level } from '../../framework.ts';

// The catalogue keys of the audiences and levels, written out so the catalogue test sees each
// one used: the results pages take their names from here too.

export const AUDIENCE_LABEL: Record<Audience, string> = {
  employees: 'assessment.audience.employees',
  customers: 'assessment.audience.customers',
  community: 'assessment.audience.community',
};

export const LEVEL_LABEL: Record<Level, string> = {
  0: 'assessment.level.0',
  1: 'assessment.level.1',
  2: 'assessment.level.2',
  3: 'assessment.level.3',
  4: 'assessment.level.4',
};
