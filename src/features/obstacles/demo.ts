import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages } from '../../platform/feature.ts';
import { newId } from '../../platform/db/sql.ts';
import { eventBus } from '../../platform/events.ts';
import { isPostgres } from '../../platform/search/search.ts';
import { contactsByEmail, secretariatContacts } from '../accounts/service.ts';
import { membershipsOfUser } from '../organisations/service.ts';
import { signatoriesByName } from '../organisations/service-directory.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import { syncObstacle, moveShownCount } from './derived.ts';
import { ITEMS } from './demo-items.ts';
import type { MergeDeps } from './outcome.ts';
import * as repo from './repository.ts';
import { closeObstacle, hideObstacle, mergeObstacle } from './service-moderation.ts';
import { slugOf } from './service-report.ts';
import { toBits } from './vocabulary.ts';

// The register's demo: fourteen obstacles of several signatories with endorsements; the first
// is the page sweep's (another organisation's, endorsed by the demo account's organisation, so
// its page shows both the endorsement form and the one that takes it back); the last repeats
// the first and is merged into it; one is closed and one, the demo organisation's own, hidden.

/** The demo account whose organisation endorses the sweep's obstacle (seed.ts's org-admin). */
const DEMO_ADMIN = 'sofie.maes@digitaal-samen.example';
const DAY = 86_400_000;

async function demoOrg(db: Kysely<DB>): Promise<string | undefined> {
  const [admin] = await contactsByEmail(db, [DEMO_ADMIN]);
  return admin ? (await membershipsOfUser(db, admin.id))[0]?.orgId : undefined;
}

export async function demo(db: Kysely<DB>): Promise<void> {
  const orgs = (await signatoriesByName(db)).map((o) => o.id);
  if (orgs.length < 3) return;
  const mine = await demoOrg(db);
  const others = orgs.filter((o) => o !== mine);
  const [secretariat] = await secretariatContacts(db);
  // No listener to tell: joint actions' demo runs after this one, so none targets the merged obstacle yet.
  const deps: MergeDeps = { db, dialect: isPostgres(db) ? 'postgres' : 'sqlite', events: eventBus([]) };
  const base = Date.parse('2025-09-01T09:00:00.000Z');
  const ids: string[] = [];
  for (const [i, item] of ITEMS.entries()) {
    // The sweep's obstacle (the first) is another organisation's; the seventh is the demo organisation's own.
    const orgId = i === 6 && mine ? mine : others[i % others.length]!;
    const author = (await adminUserIds(db, orgId))[0] ?? secretariat?.id ?? 'demo';
    const id = newId();
    const at = new Date(base + i * 11 * DAY).toISOString();
    await repo.insertObstacle(db, {
      id,
      slug: slugOf(item.title, id),
      org_id: orgId,
      created_by: author,
      lang: item.lang,
      title: item.title,
      description: item.description,
      evidence_text: item.evidence,
      evidence_link: item.evidence ? 'https://example.be/onderzoek' : null,
      evidence_figure: item.figure,
      cause_bits: toBits('cause', item.cause),
      group_bits: toBits('group', item.group),
      region_bits: toBits('region', item.region),
      audience_bits: toBits('audience', item.audience),
      created_at: at,
    });
    const endorsers = Array.from(
      { length: item.endorsements },
      (_, k) => orgs[(orgs.indexOf(orgId) + k + 1) % orgs.length]!,
    );
    if (i === 0 && mine) endorsers.push(mine);
    let n = 0;
    for (const [k, endorser] of [...new Set(endorsers)].entries()) {
      if (endorser === orgId) continue;
      const evidence = k === 0 ? 'Wij zien hetzelfde bij onze klanten: vooral na de zomer.' : null;
      const when = new Date(Date.parse(at) + (k + 1) * DAY).toISOString();
      if (await repo.insertEndorsement(db, { obstacleId: id, orgId: endorser, evidence, userId: author, at: when }))
        n++;
    }
    await moveShownCount(db, id, n, at);
    await syncObstacle(db, id, undefined);
    ids.push(id);
  }
  const actor = secretariat?.id ?? 'demo';
  await closeObstacle(deps, actor, {
    id: ids[12]!,
    reason: 'La commune a rouvert un guichet deux matinées par semaine et le numéro d’aide est désormais gratuit.',
  });
  await hideObstacle(deps, actor, {
    id: ids[6]!,
    reason: 'De beschrijving noemt een medewerker bij naam. Meld het opnieuw zonder namen, dan tonen we het weer.',
  });
  await mergeObstacle(deps, actor, { id: ids[13]!, into: ids[0]! });
}

/** The sweep's obstacle: the first demo one (endorsed by the demo organisation). */
export async function demoPages(db: Kysely<DB>): Promise<DemoPages> {
  const row = await db
    .selectFrom('obstacles')
    .select(['id', 'slug'])
    .where('title', '=', ITEMS[0]!.title)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (!row) throw new Error('The demo has no obstacle for the page sweep');
  // The demo organisation's own (the seventh, hidden with a reason it can fix by editing it).
  const own = await db
    .selectFrom('obstacles')
    .select('slug')
    .where('title', '=', ITEMS[6]!.title)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return { params: { obstacleSlug: row.slug, obstacleId: row.id, ...(own ? { ownObstacleSlug: own.slug } : {}) } };
}
