import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { SafetyPage } from './pages/safety/view.tsx';

export async function routes(app: FastifyInstance) {
  app.get('/:lang/safety', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <SafetyPage />),
  );
}
