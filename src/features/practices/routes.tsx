import type { FastifyInstance } from 'fastify';
import { writingRoutes } from './routes-writing.tsx';
import { reviewRoutes } from './routes-review.tsx';

/** The practices feature's pages: writing (the organisation's side) and review (the secretariat's). */
export async function routes(app: FastifyInstance): Promise<void> {
  await writingRoutes(app);
  await reviewRoutes(app);
}
