import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { demoPages } from './demo.ts';
import { leaveAllOrganisations, membershipsOfUser, rebuildSearchIndex, rebuildTagBits } from './service.ts';
import { ORGANISATIONS_CONTENT } from './content.ts';

/** Organisations, their people, public history and withdrawal. */
export const organisations: Feature = {
  name: 'organisations',
  contents: [ORGANISATIONS_CONTENT],
  routes,
  // Its mails always go: an invitation is asked for, and a withdrawal concerns every administrator.
  mailKinds: [
    { key: 'organisations-invitations', label: 'organisations.mailKind.invitations', always: true },
    {
      key: 'organisations-withdrawal',
      label: 'organisations.mailKind.withdrawal',
      always: true,
      shownTo: (user) => user.isSecretariat || user.memberships.some((m) => m.role === 'admin'),
    },
  ],
  migrations,
  demoPages,
  tables: [
    'organisations',
    'organisation_regions',
    'organisation_languages',
    'organisation_descriptions',
    'organisation_events',
    'memberships',
    'invitations',
  ],
  // Kept by triggers from the rows (ADR 0011): a backup leaves the counts out, a restore's inserts rebuild them.
  notBackedUp: ['organisation_counts', 'organisation_report_counts'],
  // The directory's filter bits and its search index are derived from the rows; a restore writes the rows only.
  async afterRestore(trx) {
    await rebuildTagBits(trx);
    await rebuildSearchIndex(trx);
  },
  membershipsOf: membershipsOfUser,
  navigation: [
    {
      path: '/my-organisations',
      label: 'layout.nav.myOrganisations',
      order: 40,
      shownTo: (user) => (user?.memberships.length ?? 0) > 0,
    },
  ],
  events: {
    // A closing account leaves its organisations, unless one would be left without an administrator.
    'accounts:closing': async ({ trx, dialect }, { userId }) => {
      const left = await leaveAllOrganisations(trx, dialect, userId);
      if (left.ok) return;
      return {
        errors: { _form: 'organisations.closeAccount.onlyAdmin' },
        values: { organisations: left.alone.map((o) => o.orgName).join(', ') },
      };
    },
  },
};
