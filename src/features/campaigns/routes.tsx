import type { FastifyInstance } from 'fastify';
import { publicRoutes } from './routes-public.tsx';
import { secretariatRoutes } from './routes-secretariat.tsx';

export async function routes(app: FastifyInstance): Promise<void> {
  await publicRoutes(app);
  await secretariatRoutes(app);
}
