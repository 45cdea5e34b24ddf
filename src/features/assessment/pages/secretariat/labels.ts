import type { Audience, FrameworkStatus, Level } from '../../framework.ts';

// The names of levels, audiences and version statuses, written out so each key appears
// literally (the catalogue test looks for it). The level and audience keys are the same the
// run's pages use.

export const LEVEL_LABEL: Record<Level, string> = {
  0: 'assessment.level.0',
  1: 'assessment.level.1',
  2: 'assessment.level.2',
  3: 'assessment.level.3',
  4: 'assessment.level.4',
};

export const AUDIENCE_LABEL: Record<Audience, string> = {
  employees: 'assessment.audience.employees',
  customers: 'assessment.audience.customers',
  community: 'assessment.audience.community',
};

export const STATUS_LABEL: Record<FrameworkStatus, string> = {
  draft: 'assessment.framework.status.draft',
  in_force: 'assessment.framework.status.in_force',
  superseded: 'assessment.framework.status.superseded',
};

export const STATUS_TONE = { draft: 'yellow', in_force: 'green', superseded: 'grey' } as const;
