import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { chainRoots, publicInviteesOf, type OrgStatus } from '../organisations/service-directory.ts';

// The public chain of who brought whom, from the organisations' own "invited by" (typed in the
// application, carried by an invitation's link, or written on a paper form): a page of first
// links by name, then everything they led to, one query per level whatever the number of
// organisations. Only public organisations appear; one that withdrew stays in its place, marked,
// since it did bring in those under it.

export const ROOTS_PER_PAGE = 20;
/** Levels shown under a first link; deeper ones are reached through the last level's profiles. */
export const MAX_DEPTH = 12;

export interface ChainNode {
  id: string;
  slug: string;
  name: string;
  status: OrgStatus;
  children: ChainNode[];
}

export interface ChainPage {
  roots: ChainNode[];
  next: string | null;
}

interface Cursor {
  key: string;
  id: string;
}

export const encodeCursor = (c: Cursor): string => Buffer.from(`${c.key}\u0000${c.id}`).toString('base64url');

export function decodeCursor(token: unknown): Cursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 400) return null;
  const [key, id, ...rest] = Buffer.from(token, 'base64url').toString('utf8').split('\u0000');
  return key !== undefined && id && rest.length === 0 && /^[A-Za-z0-9-]{1,64}$/.test(id) ? { key, id } : null;
}

export async function chainPage(db: Kysely<DB>, after: Cursor | null, size = ROOTS_PER_PAGE): Promise<ChainPage> {
  const rows = await chainRoots(db, after, size + 1);
  const page = rows.slice(0, size);
  const node = (r: { id: string; slug: string; legal_name: string; status: OrgStatus }): ChainNode => ({
    id: r.id,
    slug: r.slug,
    name: r.legal_name,
    status: r.status,
    children: [],
  });
  const roots = page.map(node);
  // Every organisation once, even if a re-application made a circle of "invited by".
  const seen = new Set(roots.map((r) => r.id));
  let level = roots;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const byId = new Map(level.map((n) => [n.id, n]));
    const next: ChainNode[] = [];
    for (const row of await publicInviteesOf(db, [...byId.keys()])) {
      if (seen.has(row.id) || !row.invited_by_org_id) continue;
      seen.add(row.id);
      const child = node(row);
      byId.get(row.invited_by_org_id)?.children.push(child);
      next.push(child);
    }
    level = next;
  }
  const last = page[page.length - 1];
  return { roots, next: rows.length > size && last ? encodeCursor({ key: last.search_name, id: last.id }) : null };
}

/** How many organisations a node led to, at every level under it. */
export const descendants = (n: ChainNode): number => n.children.reduce((sum, c) => sum + 1 + descendants(c), 0);
