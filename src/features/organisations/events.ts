// What the organisations feature tells other features, through the platform's event bus
// (platform/events.ts). Listeners run inside the same transaction as the change.

import type { Sector, SizeBand } from './vocabulary.ts';

declare module '../../platform/events.ts' {
  interface Events {
    /** An organisation withdrew from the charter: features that show its work publicly (practices, joint actions) stop doing so. */
    'organisations:withdrawn': { orgId: string; at: string };
    /** Its sector or size band changed: features that group organisations by them (peer counts) move it. */
    'organisations:groupChanged': { orgId: string; sector: Sector; sizeBand: SizeBand };
  }
}

export {};
