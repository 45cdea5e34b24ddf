// What the obstacles feature tells other features, through the platform's event bus
// (platform/events.ts). Listeners run inside the same transaction as the change.

declare module '../../platform/events.ts' {
  interface Events {
    /**
     * The secretariat merged obstacle `fromId` into `intoId`: what pointed at the merged one
     * (joint actions' obstacles) should now point at the kept one.
     */
    'obstacles:merged': { fromId: string; intoId: string; at: string; actor: string };
  }
}

export {};
