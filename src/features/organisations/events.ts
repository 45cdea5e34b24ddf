// What the organisations feature tells other features, through the platform's event bus
// (platform/events.ts). Listeners run inside the same transaction as the change.

declare module '../../platform/events.ts' {
  interface Events {
    /** An organisation withdrew from the charter: features that show its work publicly (practices, joint actions) stop doing so. */
    'organisations:withdrawn': { orgId: string; at: string };
  }
}

export {};
