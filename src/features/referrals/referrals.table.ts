// Invitations between organisations (issue 8, commitment 5: promote the charter and bring in new
// signatories). Named "referrals" because "invitations" already means asking a person into an
// organisation's team (organisations/invitations.ts). One row is one invitation a signatory sent:
// a link to share, or an e-mail with its own link. `referral_credits` holds one row per
// organisation brought in, and `referral_totals` the counts the pages read, kept by the writes.

/** link: a link the inviter shares as it likes; email: sent by us to one address. */
export type ReferralKind = 'link' | 'email';
/** sent (or link created) → opened → applied → signed; revoked by the inviter at any time before. */
export type ReferralState = 'sent' | 'opened' | 'applied' | 'signed' | 'revoked';

export interface ReferralsTable {
  id: string;
  /** The inviting organisation. */
  org_id: string;
  kind: ReferralKind;
  /**
   * The link's code, stored as it is: it authorises nothing (it only prefills a public form and
   * tells the inviter how far its invitation got), and the inviter must be able to copy it again.
   */
  token: string;
  /** Whom it is for: the organisation's name (optional for a link). */
  invitee_name: string | null;
  /** E-mail invitations only: the person written to, their address and language, the message. */
  recipient_name: string | null;
  recipient_email: string | null;
  recipient_lang: string | null;
  message: string | null;
  state: ReferralState;
  created_by: string;
  created_at: string;
  /** After this the link opens a page that says so instead of the form. */
  expires_at: string;
  first_opened_at: string | null;
  open_count: number;
  applied_at: string | null;
  /** The organisation that applied with this invitation. */
  applied_org_id: string | null;
  signed_at: string | null;
  revoked_at: string | null;
}

/** One organisation brought in: it became a signatory while `inviter_org_id` had invited it. */
export interface ReferralCreditsTable {
  inviter_org_id: string;
  invitee_org_id: string;
  credited_at: string;
  year: number;
}

/** Per inviting organisation and calendar year (Brussels): what happened that year. */
export interface ReferralTotalsTable {
  org_id: string;
  year: number;
  sent: number;
  opened: number;
  applied: number;
  signed: number;
  /** Organisations brought in (credits), with or without an invitation of ours. */
  brought_in: number;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    referrals: ReferralsTable;
    referral_credits: ReferralCreditsTable;
    referral_totals: ReferralTotalsTable;
  }
}
