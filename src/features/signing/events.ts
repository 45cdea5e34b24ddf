// What the signing feature tells other features, through the platform's event bus
// (platform/events.ts). Listeners run inside the same transaction as the change.

declare module '../../platform/events.ts' {
  interface Events {
    /**
     * An application was sent online, or a paper form recorded: the organisation, the signatory
     * it names as "invited by", and the code of the invitation link it came with (the referrals feature).
     */
    'signing:applied': { orgId: string; invitedByOrgId: string | null; referralToken: string | null };
    /** The organisation became a signatory: its application approved, or its paper signature recorded. */
    'signing:signed': { orgId: string };
  }
}

export {};
