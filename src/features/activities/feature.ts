import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { rebuildTotals } from './totals.ts';
import { demo, demoPages } from './demo.ts';
import { seedScaleActivities } from './seed-scale.ts';
import { activityCommitments } from './commitments.ts';
import { ACTIVITIES_CONTENT } from './totals.ts';

/** The activity log (issue 8, commitments 4, 5, 6 and 8): what signatories do all year, and its totals. */
export const activities: Feature = {
  name: 'activities',
  contents: [ACTIVITIES_CONTENT],
  routes,
  migrations,
  tables: ['activities'],
  // Derived from the activities by the writes (totals.ts, ADR 0024); a restore rebuilds them.
  notBackedUp: ['activity_totals'],
  afterRestore: rebuildTotals,
  demo,
  demoPages,
  // Twenty activities per signatory, with their totals (seed --scale N).
  scale: seedScaleActivities,
  // Commitments 4, 5, 6 and 8 on the organisation's space and profile, from the kept totals.
  commitments: activityCommitments,
};
