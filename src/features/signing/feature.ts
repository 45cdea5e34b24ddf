import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { demoPages } from './demo.ts';
import { erasePersonalDataPastRetention, removeErasedScans } from './retention.ts';
import { forgetDraft } from './service.ts';
import { signingCommitments } from './commitments.ts';

/** Applying, the executive's signature, the secretariat's review; the records kept five years. */
export const signing: Feature = {
  name: 'signing',
  routes,
  // Its mails always go: each is a step of an application someone is waiting on.
  mailKinds: [
    { key: 'signing-application', label: 'signing.mailKind.application', always: true },
    { key: 'signing-review', label: 'signing.mailKind.review', always: true, shownTo: (user) => user.isSecretariat },
  ],
  migrations,
  demoPages,
  // Commitment 3 on the organisation's space and profile: when it signed, and who signed for it.
  commitments: signingCommitments,
  tables: ['applications', 'signatures', 'application_drafts'],
  housekeeping: async (db, config) => {
    await erasePersonalDataPastRetention(db);
    await removeErasedScans(db, config.dataDir);
  },
  secretariatLinks: [{ path: '/secretariat/paper-signatures', label: 'signing.secretariat.paper', order: 5 }],
  navigation: [
    { path: '/sign', label: 'layout.nav.sign', order: 30 },
    {
      path: '/secretariat',
      label: 'layout.nav.secretariat',
      order: 90,
      shownTo: (user) => user?.isSecretariat === true,
    },
  ],
  events: {
    // An unfinished application is the person's own: it goes with the account.
    'accounts:closing': async ({ trx }, { userId }) => {
      await forgetDraft(trx, userId);
    },
  },
};
