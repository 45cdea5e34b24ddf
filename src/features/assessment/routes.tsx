import type { FastifyInstance } from 'fastify';
import { runRoutes } from './routes-run.tsx';
import { resultsRoutes } from './routes-results.tsx';
import { secretariatRoutes } from './routes-secretariat.tsx';

export async function routes(app: FastifyInstance): Promise<void> {
  await runRoutes(app);
  await resultsRoutes(app);
  await secretariatRoutes(app);
}
