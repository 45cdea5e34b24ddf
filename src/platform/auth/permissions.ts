import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal.ts';

/**
 * Who may use a route. Organisation permissions read the organisation from the `:orgId`
 * route parameter, so a member of one organisation never reaches another's pages.
 */
export type Permission =
  | 'public'
  | 'anonymous-only'
  | 'signed-in'
  | 'verified'
  | 'secretariat'
  | 'org-member'
  | 'org-admin';

export type Decision = 'allow' | 'sign-in' | 'forbidden';

export function decide(permission: Permission, principal: Principal | null, params: unknown): Decision {
  if (permission === 'public') return 'allow';
  if (permission === 'anonymous-only') return principal ? 'forbidden' : 'allow';
  if (!principal) return 'sign-in';
  switch (permission) {
    case 'signed-in':
      return 'allow';
    case 'verified':
      return principal.emailVerified ? 'allow' : 'forbidden';
    case 'secretariat':
      return principal.isSecretariat ? 'allow' : 'forbidden';
    case 'org-member':
    case 'org-admin': {
      const orgId = (params as { orgId?: string } | undefined)?.orgId;
      const membership = principal.memberships.find((m) => m.orgId === orgId);
      if (!membership) return 'forbidden';
      return permission === 'org-member' || membership.role === 'admin' ? 'allow' : 'forbidden';
    }
  }
}

export function roleOf(request: FastifyRequest, orgId: string): 'admin' | 'member' | null {
  return request.principal?.memberships.find((m) => m.orgId === orgId)?.role ?? null;
}
