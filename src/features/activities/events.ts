// What the activity log tells other features, through the platform's event bus
// (platform/events.ts). Listeners run inside the same transaction as the change.

/** What of one activity others keep figures of (a campaign's reach). */
export interface ActivityShare {
  orgId: string;
  /** The campaign it took part in, if any. */
  campaignId: string | null;
  kind: string;
  year: number;
  visibility: string;
  peopleReached: number;
}

declare module '../../platform/events.ts' {
  interface Events {
    /**
     * One activity was logged (`before` null), changed, or deleted (`after` null), from any page:
     * the campaigns keep each campaign's reach from it.
     */
    'activities:changed': { before: ActivityShare | null; after: ActivityShare | null };
  }
}
