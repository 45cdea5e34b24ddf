import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { rebuildDerived } from './derived.ts';
import { demo, demoPages } from './demo.ts';
import { seedScaleObstacles } from './seed-scale.ts';
import { obstacleFollowable } from './service-follow.ts';
import { onOrganisationWithdrawn } from './service-withdrawn.ts';
import { obstacleCommitments } from './commitments.ts';
import { OBSTACLES_CONTENT } from './derived.ts';

/** The obstacle register (issue 7, commitment 2): reports, endorsements, moderation, the public list and its open data. */
export const obstacles: Feature = {
  name: 'obstacles',
  contents: [OBSTACLES_CONTENT],
  routes,
  migrations,
  // Parents before children: a restore inserts them in this order.
  tables: ['obstacles', 'obstacle_endorsements'],
  // Derived from the rows above by the writes (derived.ts); a restore rebuilds them.
  notBackedUp: ['obstacle_counts'],
  afterRestore: rebuildDerived,
  navigation: [{ path: '/obstacles', label: 'obstacles.nav', order: 16 }],
  // People follow an obstacle for its news (following feature, ADR 0021).
  followables: [obstacleFollowable],
  // A withdrawn organisation's "we see this too" stop counting; its reports stay (ADR 0023).
  events: { 'organisations:withdrawn': onOrganisationWithdrawn },
  demo,
  demoPages,
  // One obstacle per four signatories, with endorsements, for the benchmarks (seed --scale N).
  scale: seedScaleObstacles,
  // Commitment 2 on the organisation's space and profile: obstacles reported and seen too in the year.
  commitments: obstacleCommitments,
};
