import type { FastifyRequest } from 'fastify';
import { clientOf, keyedHash } from '../auth/secrets.ts';

/**
 * The client's address as audit lines and counters keep it: a keyed hash of the address (its
 * /64 for IPv6), never the address itself. `request.ip` is the proxy's view when TRUST_PROXY
 * is set, the connection's otherwise.
 */
export function clientAddressHash(request: FastifyRequest): Promise<string> {
  const { db, config } = request.server.deps;
  return keyedHash(db, config.sessionSecret, `ip:${clientOf(request.ip)}`);
}
