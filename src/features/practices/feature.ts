import type { Feature } from '../../platform/feature.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { awaitingReview, rebuildDerived } from './derived.ts';
import { demo as demoWriting, demoPages as demoPagesWriting } from './demo-writing.ts';
import { demoLibrary, demoLibraryPages } from './demo-library.ts';
import { DIGEST_QUEUE, digestHandler, queueDailyDigest } from './digest.ts';
import { ADOPTED_QUEUE, adoptedHandler, queueAdoptedMails } from './mails-adopted.ts';
import { archiveAllOf } from './service.ts';
import { openReportCount, rebuildReportCount } from './service-reports.ts';
import { untranslatedCount } from './service-languages.ts';
import { seedScalePractices } from './seed-scale.ts';
import { practiceFollowable } from './service-follow.ts';
import { demoFollows } from './demo-follow.ts';
import { practiceCommitments } from './commitments.ts';
import { PRACTICES_CONTENT } from './derived.ts';

const isAdmin = (user: Principal) => user.memberships.some((m) => m.role === 'admin');

/** The best-practice library (issue 6): writing, review, and the public library. */
export const practices: Feature = {
  name: 'practices',
  contents: [PRACTICES_CONTENT],
  routes,
  migrations,
  // Parents before children: a restore inserts them in this order.
  tables: [
    'practices',
    'practice_revisions',
    'practice_texts',
    'practice_links',
    'practice_attachments',
    'practice_events',
    'practice_adoptions',
    'practice_questions',
    'practice_reports',
  ],
  // Derived from the rows above by the writes (derived.ts); a restore rebuilds them.
  notBackedUp: ['practice_counts', 'practice_tags'],
  afterRestore: async (trx) => {
    await rebuildDerived(trx);
    await rebuildReportCount(trx);
  },
  // The secretariat's one daily mail about submissions.
  housekeeping: async (db) => {
    await queueDailyDigest(db);
  },
  jobs: (config) => ({ [DIGEST_QUEUE]: digestHandler(config), [ADOPTED_QUEUE]: adoptedHandler(config) }),
  events: {
    // A withdrawn organisation's practices leave the library with it.
    'organisations:withdrawn': async ({ trx }, { orgId }) => {
      await archiveAllOf(trx, orgId);
    },
    // Its own event: a new adoption is news for the practice's administrators (mails-adopted.ts).
    'practices:adopted': queueAdoptedMails,
  },
  // A published practice can be followed: news of its new revisions and adoptions (issue 7).
  followables: [practiceFollowable],
  // The mails it sends, for each person's notification settings (following feature).
  mailKinds: [
    { key: 'practices-review', label: 'practices.mailKind.review', shownTo: isAdmin },
    { key: 'practices-adopted', label: 'practices.mailKind.adopted', shownTo: isAdmin },
    { key: 'practices-questioned', label: 'practices.mailKind.questioned', shownTo: isAdmin },
    {
      key: 'practices-question',
      label: 'practices.mailKind.question',
      hint: 'practices.mailKind.questionHint',
      always: true,
    },
    { key: 'practices-digest', label: 'practices.mailKind.digest', shownTo: (user) => user.isSecretariat },
  ],
  navigation: [{ path: '/practices', label: 'practices.library.nav', order: 15 }],
  secretariatLinks: [
    { path: '/secretariat/practices', label: 'practices.secretariat.link', order: 3, count: awaitingReview },
    { path: '/secretariat/practice-reports', label: 'practices.report.list.link', order: 4, count: openReportCount },
    // Published practices without a text in one of the four languages (maintained 'missing' counts).
    { path: '/secretariat/practice-languages', label: 'practices.languages.link', order: 6, count: untranslatedCount },
  ],
  // The writing side's practices first, then the library's published ones and adoptions.
  demo: async (db) => {
    await demoWriting(db);
    await demoLibrary(db);
    await demoFollows(db);
  },
  demoPages: async (db, people) => {
    const writing = await demoPagesWriting(db, people);
    const library = await demoLibraryPages(db);
    return { ...writing, ...library, params: { ...writing.params, ...library.params } };
  },
  // Two published practices per signatory for the benchmarks (seed --scale N).
  scale: seedScalePractices,
  // Commitment 1 on the organisation's space and profile: practices shared and adopted in the year.
  commitments: practiceCommitments,
};
