import type { TestApp } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import type { ActivityInput } from './service.ts';

// Helpers for this feature's tests: a signatory with a member and an admin, an applicant, a
// complete activity.

export function validActivity(over: Partial<ActivityInput> = {}): ActivityInput {
  return {
    kind: 'training',
    title: 'Opleiding digitale basisvaardigheden',
    startsOn: '2026-03-14',
    endsOn: null,
    peopleReached: 20,
    description: null,
    tags: { commitment: [], audience: ['employees'], group: [], digcomp: ['safety'], region: ['flanders'] },
    minutesPerPerson: 90,
    safetyKind: null,
    evidenceLink: null,
    visibility: 'public',
    ...over,
  };
}

export interface World {
  member: TestUser;
  admin: TestUser;
  outsider: TestUser;
  applicantMember: TestUser;
  org: { id: string; slug: string; name: string };
  other: { id: string; slug: string; name: string };
  applicant: { id: string; slug: string; name: string };
}

/** A signatory (a member and an admin), another signatory (the outsider's), and an applicant. */
export async function world(t: TestApp): Promise<World> {
  const member = await createUser(t.db, { locale: 'nl' });
  const admin = await createUser(t.db, { locale: 'fr' });
  const outsider = await createUser(t.db);
  const applicantMember = await createUser(t.db);
  const org = await createOrganisation(t.db, {
    name: 'Bank Alfa',
    members: [
      { user: member, role: 'member' },
      { user: admin, role: 'admin' },
    ],
  });
  const other = await createOrganisation(t.db, { name: 'Vzw Beta', members: [{ user: outsider, role: 'admin' }] });
  const applicant = await createOrganisation(t.db, {
    name: 'Gamma in aanvraag',
    status: 'applicant',
    members: [{ user: applicantMember, role: 'admin' }],
  });
  return { member, admin, outsider, applicantMember, org, other, applicant };
}
