import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import csrf from '@fastify/csrf-protection';
import compress from '@fastify/compress';
import type { Config } from './config.ts';
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
import { features } from './features/index.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerFileRoutes } from './platform/files/routes.ts';

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
}

export async function buildApp({ config, database, logger = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
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
  });

  app.decorate('deps', { db: database.db, dialect: database.dialect, config, assets: buildAssets() });
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
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: 1024 * 1024, files: 1, fields: 80, fieldSize: 64 * 1024 },
    // Keep the bytes and whether they were cut off at the limit; the form says "too large".
    async onFile(part) {
      const data = await part.toBuffer();
      (part as unknown as { value: unknown }).value = { data, truncated: part.file.truncated, filename: part.filename };
    },
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, signed: true },
  });

  app.addHook('onRequest', async (request, reply) => {
    const lang = (request.params as { lang?: string } | undefined)?.lang;
    if (lang !== undefined) {
      if (!isLang(lang)) return sendError(request, reply, 404, 'notFound');
      request.lang = lang;
    }
    request.principal = await readSessionCookie(request, reply);
  });

  app.addHook('preHandler', async (request, reply) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) return;
    const { recentSecondFactor } = request.routeOptions.config;
    const decision = decide(permission, request.principal, request.params, { recentSecondFactor });
    // Allowed once the second factor is set up or proven again: the accounts feature asks for it.
    const askCode = decision === 'second-factor-setup' || decision === 'second-factor-check' ? decision : null;
    if (request.method === 'GET' && decision !== 'allow' && !askCode) {
      if (decision === 'sign-in') return reply.redirect(`/${request.lang}/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      // Signed in but not the right state: the account page says what to do (verify the address).
      if (permission === 'anonymous-only' || permission === 'verified') return reply.redirect(`/${request.lang}/account`, 303);
    }
    if (decision !== 'allow' && !askCode) return sendError(request, reply, decision === 'sign-in' ? 401 : 403, 'forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.url.startsWith('/api/')) {
      await new Promise<void>((resolve, reject) =>
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve())),
      );
    }
    if (askCode) {
      const answered = await secondFactorGate(request, reply, askCode);
      if (answered) return answered;
    }
  });

  registerErrorHandlers(app);

  app.get('/assets/:file', { config: { permission: 'public' } }, async (request, reply) => {
    const asset = app.deps.assets.byUrlName((request.params as { file: string }).file);
    if (!asset) return sendError(request, reply, 404, 'notFound');
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.type(asset.type).send(asset.body);
  });

  await registerOpenApi(app);
  await registerFileRoutes(app);
  for (const feature of features) await feature.routes(app);
  return app;
}
