import type { FastifyInstance } from 'fastify';
import { secretariatRoutes } from './routes-secretariat.tsx';
import { reportRoutes } from './routes-report.tsx';
import { statementRoutes } from './routes-statement.tsx';
import { publicRoutes } from './routes-public.tsx';
import { consolidatedRoutes } from './routes-consolidated.tsx';

export async function routes(app: FastifyInstance): Promise<void> {
  await secretariatRoutes(app);
  await reportRoutes(app);
  await statementRoutes(app);
  await publicRoutes(app);
  await consolidatedRoutes(app);
}
