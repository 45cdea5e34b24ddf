import type { Feature } from '../../platform/feature.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { closeAllOf, unlistExpired } from './service-moderation.ts';
import { today } from './vocabulary.ts';
import { reindexAll } from './search-index.ts';
import { demo, demoPages } from './demo.ts';
import { seedScalePosts } from './seed-scale.ts';
import { EXCHANGE_CONTENT } from './repository.ts';

const isAdmin = (user: Principal) => user.memberships.some((m) => m.role === 'admin');

/** Offers and asks between signatories (issue 7, /{lang}/exchange). */
export const exchange: Feature = {
  name: 'exchange',
  contents: [EXCHANGE_CONTENT],
  routes,
  migrations,
  // Parents before children: a restore inserts them in this order.
  tables: ['exchange_posts', 'exchange_answers'],
  // The full-text index (search_exchange*) is never backed up: rebuilt from the posts.
  afterRestore: async (trx) => {
    await reindexAll(trx);
  },
  // Expired posts leave the listed part of the indexes (service-moderation.ts).
  housekeeping: async (db) => {
    await unlistExpired(db, today());
  },
  events: {
    // A withdrawn organisation's posts leave the list with it.
    'organisations:withdrawn': async ({ trx }, { orgId }) => {
      await closeAllOf(trx, orgId);
    },
  },
  // The mails it sends, for each person's notification settings (following feature): both
  // concern an organisation's administrators and always go (an answer is a message to them).
  mailKinds: [
    {
      key: 'exchange-answer',
      label: 'exchange.mailKind.answer',
      hint: 'exchange.mailKind.answerHint',
      always: true,
      shownTo: isAdmin,
    },
    { key: 'exchange-hidden', label: 'exchange.mailKind.hidden', always: true, shownTo: isAdmin },
  ],
  navigation: [{ path: '/exchange', label: 'exchange.nav', order: 18 }],
  secretariatLinks: [{ path: '/secretariat/exchange', label: 'exchange.secretariat.link', order: 8 }],
  demo,
  demoPages,
  // One post per signatory for the benchmarks (seed --scale N).
  scale: seedScalePosts,
};
