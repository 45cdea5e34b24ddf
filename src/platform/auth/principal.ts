/** What a person may do in an organisation; the `org-member` and `org-admin` permissions read it. */
export type MemberRole = 'admin' | 'member';

/** An organisation the signed-in person belongs to. */
export interface Membership {
  orgId: string;
  orgSlug: string;
  orgName: string;
  role: MemberRole;
}

/** The signed-in person as every request sees it. */
export interface Principal {
  userId: string;
  sessionIdHash: string;
  name: string;
  email: string;
  locale: string;
  emailVerified: boolean;
  isSecretariat: boolean;
  memberships: Membership[];
  /**
   * Whether the person has a confirmed second factor (an authenticator app). Left out means
   * no: the sessions always say, and a principal made by hand gets no secretariat page.
   */
  hasSecondFactor?: boolean;
  /** When this session last proved the second factor; null (or left out) when it never did. */
  secondFactorAt?: string | null;
}
