import type { FastifyInstance } from 'fastify';
import type { Feature } from '../feature.ts';
import { purgeExpired } from './sessions.ts';
import { sessionRoutes } from './routes-session.tsx';
import { recoveryRoutes } from './routes-recovery.tsx';
import { accountRoutes } from './routes-account.tsx';
import { secondFactorRoutes } from './routes-second-factor.tsx';

async function routes(app: FastifyInstance) {
  await sessionRoutes(app);
  await recoveryRoutes(app);
  await accountRoutes(app);
  await secondFactorRoutes(app);
}

export const accounts: Feature = { name: 'accounts', routes, housekeeping: purgeExpired };
