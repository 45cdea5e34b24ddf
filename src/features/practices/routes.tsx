import type { FastifyInstance } from 'fastify';
import { writingRoutes } from './routes-writing.tsx';
import { reviewRoutes } from './routes-review.tsx';
import { contactRoutes } from './routes-contact.tsx';
import { apiRoutes } from './routes-api.ts';

/** The practices feature's pages: writing (the organisation's side) and review (the secretariat's). */
export async function routes(app: FastifyInstance): Promise<void> {
  await writingRoutes(app);
  await reviewRoutes(app);
  // Questions and problem reports about a published practice; the API, open data and feed.
  await contactRoutes(app);
  await apiRoutes(app);
}
