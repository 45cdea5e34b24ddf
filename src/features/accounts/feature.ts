import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { demoPages } from './demo.ts';
import { purgeExpired } from './sessions.ts';
import { purgeThrottle } from './throttle.ts';

/** People, their sessions and one-time links. Other features read people through service.ts. */
export const accounts: Feature = {
  name: 'accounts',
  routes,
  // Its mails always go: each answers something the person did, or guards their account.
  mailKinds: [
    { key: 'accounts-access', label: 'accounts.mailKind.access', always: true },
    { key: 'accounts-security', label: 'accounts.mailKind.security', always: true },
  ],
  migrations,
  demoPages,
  tables: ['users', 'sessions', 'tokens', 'second_factors', 'recovery_codes'],
  // Recent failed sign-ins (keyed hashes of addresses): short-lived, nothing to restore.
  notBackedUp: ['sign_in_throttle'],
  async housekeeping(db) {
    await purgeExpired(db);
    await purgeThrottle(db);
  },
};
