import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import {
  charterFor,
  currentVersion,
  listVersions,
  versionByNumber,
  type CharterVersion,
} from './service.ts';
import { textQuery, versionParams } from './pages/charter/schema.ts';
import { CharterPage } from './pages/charter/view.tsx';

async function showVersion(request: FastifyRequest, reply: FastifyReply, version: CharterVersion, basePath: string) {
  const { db } = request.server.deps;
  const query = textQuery.parse(request.query ?? {});
  const charter = await charterFor(db, version.id, query.text ?? request.lang);
  if (!charter) return sendError(request, reply, 404, 'notFound');
  const versions = (await listVersions(db)).filter((v) => v.status !== 'draft');
  return sendPage(request, reply, <CharterPage charter={charter} versions={versions} basePath={basePath} />);
}

export async function routes(app: FastifyInstance) {
  app.get('/:lang/charter', { config: { permission: 'public' } }, async (request, reply) => {
    const version = await currentVersion(app.deps.db);
    if (!version) return sendError(request, reply, 404, 'notFound');
    return showVersion(request, reply, version, '/charter');
  });

  app.get('/:lang/charter/versions/:version', { config: { permission: 'public' } }, async (request, reply) => {
    const params = versionParams.safeParse(request.params);
    const version = params.success ? await versionByNumber(app.deps.db, params.data.version) : null;
    // Drafts are not public: they do not exist for readers until they are published.
    if (!version || version.status === 'draft') return sendError(request, reply, 404, 'notFound');
    return showVersion(request, reply, version, `/charter/versions/${version.version}`);
  });
}
