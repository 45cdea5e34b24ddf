// What the practices feature tells other features, through the platform's event bus
// (platform/events.ts). Listeners run inside the same transaction as the change.

declare module '../../platform/events.ts' {
  interface Events {
    /** A practice's content became public, first or as a new revision. */
    'practices:published': { practiceId: string; orgId: string; revisionId: string; first: boolean };
    /** A practice left the library (archived by its organisation, or its organisation withdrew). */
    'practices:unpublished': { practiceId: string; orgId: string };
    /** The secretariat sent a revision back to its organisation with a comment. */
    'practices:returned': { practiceId: string; orgId: string; revisionId: string };
    /** Another organisation marked the practice adopted (`added` false: only its note changed). */
    'practices:adopted': { practiceId: string; orgId: string; adopterOrgId: string; added: boolean };
  }
}

export {};
