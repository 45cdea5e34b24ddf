// What the accounts feature tells other features, through the platform's event bus
// (platform/events.ts). Listeners run inside the same transaction as the change.

declare module '../../platform/events.ts' {
  interface Events {
    /**
     * A person is closing their account (before their name and address are deleted). A feature
     * forgets what it keeps for that person alone, or refuses: the account then stays open and
     * nothing changes.
     */
    'accounts:closing': { userId: string };
  }
}

export {};
