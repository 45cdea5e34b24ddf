import type { FastifyInstance } from 'fastify';
import { publicRoutes } from './routes-public.tsx';
import { orgRoutes } from './routes-org.tsx';
import { secretariatRoutes } from './routes-secretariat.tsx';
import { apiRoutes } from './routes-api.ts';

/** Offers and asks: the public list and posts, the posting organisation's side, moderation, open data. */
export async function routes(app: FastifyInstance): Promise<void> {
  await publicRoutes(app);
  await orgRoutes(app);
  await secretariatRoutes(app);
  await apiRoutes(app);
}
