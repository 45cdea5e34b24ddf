import type { FastifyInstance } from 'fastify';
import { sessionRoutes } from './routes-session.tsx';
import { recoveryRoutes } from './routes-recovery.tsx';
import { accountRoutes } from './routes-account.tsx';
import { secondFactorRoutes } from './routes-second-factor.tsx';

export async function routes(app: FastifyInstance) {
  await sessionRoutes(app);
  await recoveryRoutes(app);
  await accountRoutes(app);
  await secondFactorRoutes(app);
}
