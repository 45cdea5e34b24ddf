import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { isLang } from '../i18n/i18n.ts';
import { sendError } from './errors.tsx';

// Fastify meets some malformed requests before it picks a route: a bad percent-encoding in a
// path parameter (`/nl/signatories/%C3%28`), a parameter longer than the router allows. By
// default it then answers English JSON without any of our hooks, so without the security
// headers. Instead the request is routed again under a harmless URL (the home page of the
// language the path starts with), marked, and the first onRequest hook after the security
// headers answers the app's own localised 400 page. No hook or handler sees the bad path.

const MALFORMED = Symbol('malformed request');
type Marked = IncomingMessage & { [MALFORMED]?: true };

/** The `frameworkErrors` option of Fastify (see buildApp). */
export function rerouteFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const raw = request.raw as Marked;
  request.log.info({ code: error.code, status: 400 }, 'request refused');
  if (raw[MALFORMED]) {
    // Routed once already and still refused: a bare answer rather than a loop.
    reply.raw.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': "default-src 'none'" });
    reply.raw.end('Bad Request');
    return;
  }
  raw[MALFORMED] = true;
  const first = (raw.url ?? '/').split(/[/?#]/)[1];
  raw.url = isLang(first) ? `/${first}` : '/';
  request.server.routing(raw, reply.raw);
}

/** Register right after the security headers, so the page has them and nothing else runs first. */
export function registerMalformedRequestPage(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if ((request.raw as Marked)[MALFORMED]) return sendError(request, reply, 400, 'badRequest');
  });
}
