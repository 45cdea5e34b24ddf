import type { FastifyInstance } from 'fastify';
import { ping } from '../../platform/db/database.ts';

export async function routes(app: FastifyInstance) {
  app.get('/healthz', { config: { permission: 'public' } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });
  app.get('/readyz', { config: { permission: 'public' } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const ok = await ping(app.deps.db);
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable' });
  });
}
