import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import type { MemberRole, Principal } from '../../platform/auth/principal.ts';

// The organisation of an `org-member` / `org-admin` route as the session knows it (the
// permission check has run). The services check the membership again in their transaction.

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

/** A service said no for a reason the route's permission could not see (the row is gone, the role changed). */
export function refuse(request: FastifyRequest, reply: FastifyReply, error: 'notFound' | 'forbidden') {
  return error === 'forbidden'
    ? sendError(request, reply, 403, 'forbidden')
    : sendError(request, reply, 404, 'notFound');
}
