import type { FastifyInstance } from 'fastify';
import { setupRoutes } from './routes-setup.tsx';
import { consultationRoutes } from './routes-consultation.tsx';
import { proposalRoutes } from './routes-proposals.tsx';
import { voteRoutes } from './routes-vote.tsx';
import { resultRoutes } from './routes-result.tsx';

export async function routes(app: FastifyInstance): Promise<void> {
  await setupRoutes(app);
  await consultationRoutes(app);
  await proposalRoutes(app);
  await voteRoutes(app);
  await resultRoutes(app);
}
