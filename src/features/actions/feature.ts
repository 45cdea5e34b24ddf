import type { Feature } from '../../platform/feature.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { rebuildDerived } from './derived.ts';
import { demo, demoPages } from './demo.ts';
import { seedScaleActions } from './seed-scale.ts';
import { actionFollowable } from './service-follow.ts';
import { onObstaclesMerged } from './on-obstacles-merged.ts';
import { ACTIONS_MAIL_QUEUE, actionMailHandler, HIDDEN_MAIL_KIND, MAIL_KIND } from './mails.ts';
import { actionCommitments } from './commitments.ts';
import { ACTIONS_CONTENT } from './content.ts';

const isAdmin = (user: Principal) => user.memberships.some((m) => m.role === 'admin');
const isMember = (user: Principal) => user.memberships.length > 0;

/** Joint actions (issue 7, commitment 2): actions against obstacles, partners, milestones, indicators, updates. */
export const actions: Feature = {
  name: 'actions',
  contents: [ACTIONS_CONTENT],
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
  // Its own mails, which each person may switch off (mails.ts, ADR 0021).
  mailKinds: [
    {
      key: MAIL_KIND.joinRequest,
      label: 'actions.mailKind.joinRequest',
      hint: 'actions.mailKind.pace',
      shownTo: isAdmin,
    },
    {
      key: MAIL_KIND.joinAccepted,
      label: 'actions.mailKind.joinAccepted',
      hint: 'actions.mailKind.pace',
      shownTo: isMember,
    },
    // The secretariat hid the action or showed it again: a notice, always sent (as exchange-hidden).
    { key: HIDDEN_MAIL_KIND, label: 'actions.mailKind.hidden', always: true, shownTo: isAdmin },
  ],
  jobs: (config) => ({ [ACTIONS_MAIL_QUEUE]: actionMailHandler(config) }),
  navigation: [{ path: '/actions', label: 'actions.nav', order: 17 }],
  // The actions it hid, to review and show again (from each action's page).
  secretariatLinks: [{ path: '/secretariat/actions', label: 'actions.secretariat.link', order: 9 }],
  demo,
  demoPages,
  // One action per eight signatories, with partners, milestones, an indicator and an update (seed --scale N).
  scale: seedScaleActions,
  // Commitment 2 on the organisation's space and profile: the actions it led or joined in the year.
  commitments: actionCommitments,
};
