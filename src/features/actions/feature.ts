import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { rebuildDerived } from './derived.ts';
import { demo, demoPages } from './demo.ts';
import { seedScaleActions } from './seed-scale.ts';
import { actionFollowable } from './service-follow.ts';
import { onObstaclesMerged } from './on-obstacles-merged.ts';

/** Joint actions (issue 7, commitment 2): actions against obstacles, partners, milestones, indicators, updates. */
export const actions: Feature = {
  name: 'actions',
  routes,
  migrations,
  // Parents before children: a restore inserts them in this order.
  tables: [
    'actions',
    'action_obstacles',
    'action_partners',
    'action_milestones',
    'action_indicators',
    'action_updates',
    'action_history',
  ],
  // Derived from the rows above by the writes (derived.ts); a restore rebuilds them.
  notBackedUp: ['action_counts'],
  afterRestore: rebuildDerived,
  // Followers hear of its status, milestones done, new partners and news (service-follow.ts).
  followables: [actionFollowable],
  events: { 'obstacles:merged': onObstaclesMerged },
  navigation: [{ path: '/actions', label: 'actions.nav', order: 17 }],
  demo,
  demoPages,
  // One action per eight signatories, with partners, milestones, an indicator and an update (seed --scale N).
  scale: seedScaleActions,
};
