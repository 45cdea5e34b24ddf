import type { FastifyInstance } from 'fastify';
import { sendError } from '../http/errors.tsx';
import { contentTypeOf, isStoredName, readStored } from './storage.ts';

/** Serves uploaded files (organisation logos) from $DATA_DIR/uploads. */
export async function registerFileRoutes(app: FastifyInstance): Promise<void> {
  app.get('/media/logos/:file', { config: { permission: 'public' } }, async (request, reply) => {
    const { file } = request.params as { file: string };
    // Only names we made ourselves: 32 hex digits and our extension. No dots, slashes or escapes.
    const body = isStoredName(file) ? await readStored(app.deps.config.dataDir, 'logos', file) : null;
    if (!body) return sendError(request, reply, 404, 'notFound');
    // A name is random and never reused, so its content never changes: cache for a year.
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', "default-src 'none'; sandbox");
    reply.header('content-disposition', `inline; filename="${file}"`);
    return reply.type(contentTypeOf(file)).send(body);
  });
}
