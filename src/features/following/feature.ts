import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { forgetPerson } from './service.ts';
import { queueWeeklyDigest } from './digest.ts';
import { DIGEST_QUEUE, digestHandler, NEWS_QUEUE, newsHandler } from './mails.ts';
import { demoPages } from './demo.ts';
import { personalData } from './personal-data.ts';

/**
 * Following (issue 7) and each person's notification settings. Other features declare in their
 * manifest the kinds of mail they send (`mailKinds`) and the kinds of thing people may follow
 * (`followables`); see declarations.ts and ADR 0021.
 */
export const following: Feature = {
  name: 'following',
  routes,
  migrations,
  tables: ['follows', 'mail_settings', 'follow_news'],
  // The weekly digest, claimed once per ISO week whichever process runs first.
  housekeeping: async (db) => {
    await queueWeeklyDigest(db);
  },
  jobs: (config) => ({ [NEWS_QUEUE]: newsHandler(config), [DIGEST_QUEUE]: digestHandler(config) }),
  events: {
    // A closing account: what it follows, how it wanted mail, and news that waited for it go.
    'accounts:closing': async ({ trx }, { userId }) => {
      await forgetPerson(trx, userId);
    },
  },
  // "Download my data" (accounts): what the person follows, since when, and their mail choices.
  personalData,
  demoPages,
};
