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

/**
 * `second-factor-setup`: the person may use the route once they have set up a second factor
 * (every secretariat account must). `second-factor-check`: once they prove it again in this
 * session (never proven here, or too long ago for a route that asks for a recent proof).
 */
export type Decision = 'allow' | 'sign-in' | 'forbidden' | 'second-factor-setup' | 'second-factor-check';

/** What a route may ask on top of its permission (`config.recentSecondFactor`). */
export interface RouteDemands {
  /** The second factor proven in this session within RECENT_SECOND_FACTOR_MS (approvals, settings). */
  recentSecondFactor?: boolean;
}

/** A sensitive action asks for the code again when it was last proven longer ago than this. */
export const RECENT_SECOND_FACTOR_MS = 15 * 60_000;

export function decide(
  permission: Permission,
  principal: Principal | null,
  params: unknown,
  demands: RouteDemands = {},
  nowMs: number = Date.now(),
): Decision {
  const decision = decideRole(permission, principal, params);
  if (decision !== 'allow' || !principal) return decision;
  // The secretariat sees every applicant's personal data and decides who is listed: its pages
  // never open on a password alone, however the session was made.
  if (permission === 'secretariat' || demands.recentSecondFactor) {
    if (!principal.hasSecondFactor) return 'second-factor-setup';
    if (!principal.secondFactorAt) return 'second-factor-check';
  }
  if (demands.recentSecondFactor && Date.parse(principal.secondFactorAt!) + RECENT_SECOND_FACTOR_MS <= nowMs)
    return 'second-factor-check';
  return 'allow';
}

function decideRole(permission: Permission, principal: Principal | null, params: unknown): Decision {
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
