import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import type { MemberRole } from './organisations.table.ts';
import type { Principal } from '../../platform/auth/principal.ts';

/**
 * The signed-in person and the organisation of an `org-member` / `org-admin` route, as the
 * session knows them. The permission check has already run, so both are there.
 */
export function orgRequest(request: FastifyRequest): {
  principal: Principal;
  orgId: string;
  orgName: string;
  role: MemberRole;
} {
  const { orgId } = request.params as { orgId: string };
  const principal = request.principal;
  const membership = principal?.memberships.find((m) => m.orgId === orgId);
  if (!principal || !membership) throw new Error('organisation route without its permission check');
  return { principal, orgId, orgName: membership.orgName, role: membership.role };
}

export function signedIn(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('signed-in route without its permission check');
  return request.principal;
}

/** A service said no for a reason the route's permission could not see (the row is gone, the role changed). */
export function refuse(request: FastifyRequest, reply: FastifyReply, error: 'notFound' | 'forbidden') {
  return error === 'forbidden'
    ? sendError(request, reply, 403, 'forbidden')
    : sendError(request, reply, 404, 'notFound');
}
