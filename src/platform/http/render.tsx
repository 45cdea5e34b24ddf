import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { translator } from '../i18n/i18n.ts';
import { formatters } from '../i18n/format.ts';
import { PageCtx, type PageContext } from '../views/context.ts';
import { cookieName, cookieOptions, FLASH_COOKIE } from './cookies.ts';
import { pageHeaders, rememberPage } from './page-cache.ts';

export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const { assets, config, registry } = request.server.deps;
  let csrfToken: string | undefined;
  const url = request.url;
  const prefix = `/${request.lang}`;
  const pathInLang = url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url === prefix ? '/' : url;
  return {
    lang: request.lang,
    t: translator(request.lang),
    fmt: formatters(request.lang),
    pathInLang,
    user: request.principal,
    // Made on first use only, so pages without a form set no cookie and stay cacheable.
    get csrfToken() {
      csrfToken ??= reply.generateCsrf();
      return csrfToken;
    },
    asset: (name) => assets.url(name),
    flash: null,
    baseUrl: config.baseUrl,
    navigation: registry.navigation,
    footerLinks: registry.footerLinks,
  };
}


/** Post/Redirect/Get: remember a message key for the next page, then redirect. */
export function redirectWithFlash(reply: FastifyReply, location: string, messageKey?: string): FastifyReply {
  if (messageKey) {
    const { config } = reply.server.deps;
    reply.setCookie(cookieName(config, FLASH_COOKIE), messageKey, {
      ...cookieOptions(config),
      signed: true,
      maxAge: 60,
    });
  }
  return reply.redirect(location, 303);
}

function takeFlash(request: FastifyRequest, reply: FastifyReply): string | null {
  const { config } = request.server.deps;
  const name = cookieName(config, FLASH_COOKIE);
  const raw = request.cookies[name];
  if (!raw) return null;
  reply.clearCookie(name, cookieOptions(config));
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value && /^[a-zA-Z0-9.]+$/.test(unsigned.value) ? unsigned.value : null;
}

/** Renders a page. Pages for a signed-in person are never stored by shared caches. */
export function sendPage(request: FastifyRequest, reply: FastifyReply, view: VNode, status = 200): FastifyReply {
  const ctx = pageContext(request, reply);
  ctx.flash = request.method === 'GET' ? takeFlash(request, reply) : null;
  const html = `<!doctype html>${renderToString(<PageCtx.Provider value={ctx}>{view}</PageCtx.Provider>)}`;
  const personal = request.principal !== null || reply.getHeader('set-cookie') !== undefined;
  pageHeaders(reply, personal);
  rememberPage(request, reply, html, status);
  return reply.status(status).send(html);
}
