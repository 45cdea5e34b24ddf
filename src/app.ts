import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import csrf from '@fastify/csrf-protection';
import compress from '@fastify/compress';
import { proxyWarning, type Config } from './config.ts';
import type { Database } from './platform/db/database.ts';
import './platform/http/types.ts';
import { buildAssets } from './platform/http/assets.ts';
import { registerSecurityHeaders, maskTokens } from './platform/http/security.ts';
import { registerErrorHandlers, sendError } from './platform/http/errors.tsx';
import { decide, type Permission } from './platform/auth/permissions.ts';
import { isLang } from './platform/i18n/i18n.ts';
import { loadSecret } from './platform/auth/secrets.ts';
import { readSessionCookie } from './features/accounts/sessions.ts';
import { secondFactorGate } from './features/accounts/second-factor-gate.tsx';
import { registry } from './features/index.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerFileRoutes } from './platform/files/routes.ts';
import { readUploadBody, readUploadToken, registerUploads } from './platform/http/uploads.ts';
import { registerMalformedRequestPage, rerouteFrameworkError } from './platform/http/bad-requests.ts';
import { cookieName, cookieOptions } from './platform/http/cookies.ts';
import { clientAddressHash } from './platform/http/client-address.ts';
import { audit } from './platform/audit/audit.ts';
import { registerRequestLimits } from './platform/http/request-limits.ts';
import { registerPageCache } from './platform/http/page-cache.ts';

export interface RouteEntry {
  method: string;
  url: string;
  permission: Permission;
  /** The route asks for the second factor again after 15 minutes (`config.recentSecondFactor`). */
  recentSecondFactor?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export interface AppOptions {
  config: Config;
  database: Database;
  /** Tests silence logs; production writes JSON lines. */
  logger?: boolean;
  /** Where log lines go (standard output by default); a test reads them to check their levels. */
  logStream?: NodeJS.WritableStream;
}

/**
 * A refused request leaves an audit line: who (if signed in), which route, and a keyed hash
 * of the client address, so repeated probing shows up without storing addresses.
 */
async function auditRefusal(request: FastifyRequest, action: string, details: Record<string, unknown>): Promise<void> {
  await audit(request.server.deps.db, {
    actor: request.principal?.userId ?? null,
    action,
    subjectType: 'route',
    subjectId: `${request.method} ${request.routeOptions.url ?? ''}`,
    details: { ...details, client: await clientAddressHash(request) },
  });
}

export async function buildApp({ config, database, logger = true, logStream }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
          ...(logStream ? { stream: logStream } : {}),
          // Structured logs without personal data: no cookies, no bodies, no tokens in URLs.
          serializers: {
            req: (req) => ({ method: req.method, url: maskTokens(req.url) }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A malformed path (bad percent-encoding) gets the localised 400 page too (platform/http/bad-requests.ts).
    frameworkErrors: rerouteFrameworkError,
  });

  app.decorate('deps', {
    db: database.db,
    dialect: database.dialect,
    config,
    assets: buildAssets(),
    registry,
    events: registry.events,
  });
  app.decorateRequest('lang', 'nl');
  app.decorateRequest('principal', null);

  // A route without a declared permission is a bug: refuse to start rather than expose it.
  // The table of routes lets a test walk every route for every role.
  app.decorate('routeTable', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD' || route.url === '*') return;
    const permission = route.config?.permission;
    if (!permission) throw new Error(`Route ${route.method} ${route.url} declares no permission`);
    const recentSecondFactor = route.config?.recentSecondFactor === true ? { recentSecondFactor: true } : {};
    for (const method of [route.method].flat())
      app.routeTable.push({ method, url: route.url, permission, ...recentSecondFactor });
  });

  await registerSecurityHeaders(app, config.secureCookies);
  await app.register(compress, { threshold: 512, encodings: ['br', 'gzip'] });
  await app.register(cookie, { secret: await loadSecret(database.db, config.sessionSecret, 'cookie') });
  registerMalformedRequestPage(app);
  await app.register(formbody);
  // Multipart only on routes that declare `uploads: true`, read after the checks below.
  await registerUploads(app);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: cookieName(config, '_csrf'),
    cookieOpts: { ...cookieOptions(config), signed: true },
  });

  // Before anything else that costs: a client over its limit gets its 429 here.
  await registerRequestLimits(app);
  const warning = proxyWarning(config);
  if (warning) app.log.warn(warning);

  app.addHook('onRequest', async (request, reply) => {
    const lang = (request.params as { lang?: string } | undefined)?.lang;
    if (lang !== undefined) {
      if (!isLang(lang)) return sendError(request, reply, 404, 'notFound');
      request.lang = lang;
    }
    request.principal = await readSessionCookie(request, reply);
  });

  app.addHook('preHandler', async (request, reply) => {
    // Unmatched URLs reach this hook through the not-found handler: they get their 404.
    if (request.is404) return;
    const permission = request.routeOptions.config.permission;
    // Every route declares one (checked at start); should one slip through, it is closed, not open.
    const { recentSecondFactor } = request.routeOptions.config;
    const decision = permission
      ? decide(permission, request.principal, request.params, { recentSecondFactor })
      : 'forbidden';
    // Allowed once the second factor is set up or proven again: the accounts feature asks for it.
    const askCode = decision === 'second-factor-setup' || decision === 'second-factor-check' ? decision : null;
    if (request.method === 'GET' && decision !== 'allow' && !askCode && permission) {
      if (decision === 'sign-in') return reply.redirect(`/${request.lang}/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      // Signed in but not the right state: the account page says what to do (verify the address).
      if (permission === 'anonymous-only' || permission === 'verified') return reply.redirect(`/${request.lang}/account`, 303);
    }
    if (decision === 'forbidden') await auditRefusal(request, 'platform.permission_refused', { permission: permission ?? null });
    if (decision !== 'allow' && !askCode) return sendError(request, reply, decision === 'sign-in' ? 401 : 403, 'forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.url.startsWith('/api/')) {
      await readUploadToken(request);
      // The plugin answers a failed check itself (reply.send) and never calls back; a stand-in
      // reply catches its error instead, so the refusal is audited and no promise is left hanging.
      const refusal = await new Promise<Error | null>((resolve) => {
        const probe = Object.create(reply, { send: { value: (err: Error) => (resolve(err), reply) } }) as typeof reply;
        app.csrfProtection(request, probe, () => resolve(null));
      });
      if (refusal) {
        await auditRefusal(request, 'platform.csrf_refused', {});
        throw refusal;
      }
      await readUploadBody(request);
    }
    if (askCode) {
      const answered = await secondFactorGate(request, reply, askCode);
      if (answered) return answered;
    }
  });
  // After the permission check above: a cached page is still a route that declared who may see it.
  registerPageCache(app);

  registerErrorHandlers(app);

  app.get('/assets/:file', { config: { permission: 'public' } }, async (request, reply) => {
    const asset = app.deps.assets.byUrlName((request.params as { file: string }).file);
    if (!asset) return sendError(request, reply, 404, 'notFound');
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.type(asset.type).send(asset.body);
  });

  await registerOpenApi(app);
  await registerFileRoutes(app);
  for (const feature of registry.features) await feature.routes(app);
  return app;
}
