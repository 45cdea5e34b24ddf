import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/** Strict CSP: our own files only, no inline script or style anywhere, no third parties. */
export async function registerSecurityHeaders(app: FastifyInstance, secure: boolean): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'none'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(secure ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    hsts: secure ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/** Replaces long random path segments (links in e-mails) so logs never hold a usable token. */
export function maskTokens(url: string): string {
  return url.replace(/\/[A-Za-z0-9_-]{24,}(?=[/?#]|$)/g, '/[token]').replace(/([?&](?:token|next)=)[^&]*/g, '$1[…]');
}
