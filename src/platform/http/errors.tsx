import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLang, negotiateLang } from '../i18n/i18n.ts';
import { ErrorPage, type ErrorKind } from '../views/error-page.tsx';
import { sendPage } from './render.tsx';

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url === '/healthz' || request.url === '/readyz';
}

/** The language of an error page: the URL's prefix if any, else the browser's preference. */
function langFor(request: FastifyRequest) {
  const first = request.url.split('/')[1];
  return isLang(first) ? first : negotiateLang(request.headers['accept-language']);
}

export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, kind: ErrorKind) {
  if (wantsJson(request)) return reply.status(status).send({ error: kind, statusCode: status });
  request.lang = langFor(request);
  return sendPage(request, reply, <ErrorPage kind={kind} />, status);
}

function kindFor(error: FastifyError): { status: number; kind: ErrorKind } {
  const code = error.code ?? '';
  if (code.startsWith('FST_CSRF')) return { status: 403, kind: 'csrf' };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413)
    return { status: 413, kind: 'tooLarge' };
  if (error.validation || (error.statusCode && error.statusCode >= 400 && error.statusCode < 500))
    return { status: error.statusCode ?? 400, kind: error.statusCode === 404 ? 'notFound' : 'badRequest' };
  return { status: 500, kind: 'server' };
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'notFound'));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, kind } = kindFor(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status }, 'request refused');
    // Never a stack trace: the page only says what happened and what to do.
    return sendError(request, reply, status, kind);
  });
}
