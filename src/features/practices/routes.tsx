import type { FastifyInstance } from 'fastify';
import { writingRoutes } from './routes-writing.tsx';
import { reviewRoutes } from './routes-review.tsx';
import { libraryRoutes } from './routes-library.tsx';

/** The practices feature's pages: writing (the organisation's side), review (the secretariat's), the public library. */
export async function routes(app: FastifyInstance): Promise<void> {
  await writingRoutes(app);
  await reviewRoutes(app);
  await libraryRoutes(app);
}
