import type { CookieSerializeOptions } from '@fastify/cookie';
import type { Config } from '../../config.ts';

/**
 * Cookie names and attributes in one place. Behind HTTPS every cookie of ours is `Secure` and
 * carries the `__Host-` prefix: the browser then only accepts it from this very host, over
 * HTTPS, for the whole site, so a sibling subdomain or a plain-HTTP page cannot plant or
 * overwrite it (session fixation, CSRF token planting). On plain HTTP (a laptop) browsers
 * refuse both, so the plain names are used.
 */
export function cookieName(config: Pick<Config, 'secureCookies'>, plain: string): string {
  return config.secureCookies ? `__Host-${plain}` : plain;
}

/** The cookie that carries a one-time message to the next page (Post/Redirect/Get). */
export const FLASH_COOKIE = 'flash';

/** Path=/ and no Domain, as `__Host-` demands; HttpOnly; SameSite=Lax so links from mail still carry the session. */
export function cookieOptions(config: Pick<Config, 'secureCookies'>): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies };
}
