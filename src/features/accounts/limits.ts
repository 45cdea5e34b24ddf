import type { FastifyReply, FastifyRequest } from 'fastify';
import { consume } from '../../platform/http/rate-limit.ts';
import { clientAddressHash } from '../../platform/http/client-address.ts';
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
  // The address as a keyed hash: the counters table holds no client addresses.
  const client = await clientAddressHash(request);
  const result = await consume(request.server.deps.db, `ip:${limit.name}:${client}`, limit.max, limit.windowMs);
  if (result.allowed) return null;
  reply.header('retry-after', String(result.retryAfter));
  return Math.ceil(result.retryAfter / 60);
}

const LOCAL = 'http://inclusio.invalid';

/** A path that every browser reads as on this site: one leading slash, then no slash or backslash. */
function isPlainPath(path: string): boolean {
  return path.startsWith('/') && !/^\/[/\\]/.test(path) && !path.includes('\\');
}

/**
 * Where to go after signing in: only a path on this site, or null (the caller's default page).
 * Browsers are lenient: "/.//x.example", "/%2e%2e//x" and "/\\x" all lead to another site. So
 * the raw value is checked, then normalised the way a browser resolves it, and the result is
 * checked again and must normalise to itself.
 */
export function safeNext(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return null;
  // Tabs, newlines and other controls are dropped by browsers inside URLs ("/\t/x" is "//x").
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(raw) || !isPlainPath(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, LOCAL);
  } catch {
    return null;
  }
  if (url.origin !== LOCAL || url.username || url.password) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!isPlainPath(path)) return null;
  try {
    const again = new URL(path, LOCAL);
    return again.origin === LOCAL && `${again.pathname}${again.search}${again.hash}` === path ? path : null;
  } catch {
    return null;
  }
}
