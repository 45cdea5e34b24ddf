import type { FastifyReply, FastifyRequest } from 'fastify';
import { consume } from '../../platform/http/rate-limit.ts';
import { HOUR, MINUTE } from './outcome.ts';

/** How often one connection may use each public form. Generous for people, tight for scripts. */
export const IP_LIMITS = {
  signIn: { name: 'sign-in', max: 20, windowMs: 15 * MINUTE },
  signUp: { name: 'sign-up', max: 5, windowMs: HOUR },
  forgotPassword: { name: 'forgot-password', max: 5, windowMs: HOUR },
  resendVerification: { name: 'resend-verification', max: 5, windowMs: HOUR },
} as const;

export type IpLimit = (typeof IP_LIMITS)[keyof typeof IP_LIMITS];

/**
 * Counts this request against the connection's limit. Returns null when it may go on, or the
 * minutes to wait (and sets Retry-After) when it may not.
 */
export async function limitByIp(request: FastifyRequest, reply: FastifyReply, limit: IpLimit): Promise<number | null> {
  const result = await consume(request.server.deps.db, `ip:${limit.name}:${request.ip}`, limit.max, limit.windowMs);
  if (result.allowed) return null;
  reply.header('retry-after', String(result.retryAfter));
  return Math.ceil(result.retryAfter / 60);
}

/** Where to go after signing in: only a path on this site ("/…", never "//…" or "/\…"). */
export function safeNext(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  if (/[\u0000-\u0020\u007f]/.test(raw)) return null;
  try {
    const url = new URL(raw, 'http://inclusio.invalid');
    return url.origin === 'http://inclusio.invalid' ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
