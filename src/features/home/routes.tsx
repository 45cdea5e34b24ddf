import type { FastifyInstance } from 'fastify';
import { negotiateLang } from '../../platform/i18n/i18n.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { commitments, currentVersion } from '../charter/service.ts';
import { countSignatories } from '../organisations/service-directory.ts';
import { featuredActions } from '../actions/service.ts';
import { HomePage } from './pages/home/view.tsx';

export async function routes(app: FastifyInstance) {
  app.get('/', { config: { permission: 'public' } }, async (request, reply) => {
    reply.header('vary', 'Accept-Language');
    return reply.redirect(`/${negotiateLang(request.headers['accept-language'])}`, 302);
  });
  app.get('/:lang', { config: { permission: 'public' } }, async (request, reply) => {
    const { db } = app.deps;
    const version = await currentVersion(db);
    const [signatories, list, featured] = await Promise.all([
      countSignatories(db),
      version ? commitments(db, version.id, request.lang) : Promise.resolve([]),
      featuredActions(db),
    ]);
    return sendPage(request, reply, <HomePage signatories={signatories} commitments={list} featured={featured} />);
  });
}
