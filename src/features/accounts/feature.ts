import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { demoPages } from './demo.ts';
import { purgeExpired } from './sessions.ts';

/** People, their sessions and one-time links. Other features read people through service.ts. */
export const accounts: Feature = {
  name: 'accounts',
  routes,
  migrations,
  demoPages,
  tables: ['users', 'sessions', 'tokens'],
  housekeeping: purgeExpired,
};
