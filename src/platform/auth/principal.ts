import type { MemberRole } from '../../features/organisations/organisations.table.ts';

/** The signed-in person as every request sees it. */
export interface Principal {
  userId: string;
  sessionIdHash: string;
  name: string;
  email: string;
  locale: string;
  emailVerified: boolean;
  isSecretariat: boolean;
  memberships: { orgId: string; orgSlug: string; orgName: string; role: MemberRole }[];
}
