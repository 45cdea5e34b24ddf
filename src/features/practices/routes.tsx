import type { FastifyInstance } from 'fastify';
import { writingRoutes } from './routes-writing.tsx';
import { reviewRoutes } from './routes-review.tsx';
import { libraryRoutes } from './routes-library.tsx';
import { contactRoutes } from './routes-contact.tsx';
import { apiRoutes } from './routes-api.ts';

/** The practices feature's pages: writing (the organisation's side), review (the secretariat's), the public library, questions and reports, open data. */
export async function routes(app: FastifyInstance): Promise<void> {
  await writingRoutes(app);
  await reviewRoutes(app);
  await libraryRoutes(app);
  // Questions and problem reports about a published practice; the API, open data and feed.
  await contactRoutes(app);
  await apiRoutes(app);
}
