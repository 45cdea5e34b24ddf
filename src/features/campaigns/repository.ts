import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type {
  CampaignMaterialsTable,
  CampaignsTable,
  CampaignSupportersTable,
  CampaignTextsTable,
} from './campaigns.table.ts';

// The campaigns' queries: every list walks an index a page at a time (keyset), and every figure
// is read from the rows the writes keep.

export type Db = Kysely<DB> | Transaction<DB>;
export type Campaign = Selectable<CampaignsTable>;
export type CampaignText = Selectable<CampaignTextsTable>;
export type Material = Selectable<CampaignMaterialsTable>;
export type Supporter = Selectable<CampaignSupportersTable>;

export const campaignById = (db: Db, id: string) =>
  db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();

export const campaignBySlug = (db: Db, slug: string) =>
  db.selectFrom('campaigns').selectAll().where('slug', '=', slug).executeTakeFirst();

export async function slugsTaken(db: Db, candidates: string[]): Promise<Set<string>> {
  const rows = await db.selectFrom('campaigns').select('slug').where('slug', 'in', candidates).execute();
  return new Set(rows.map((r) => r.slug));
}

/** The texts of several campaigns in one query. */
export async function textsOf(db: Db, ids: readonly string[]): Promise<Map<string, CampaignText[]>> {
  const texts = new Map<string, CampaignText[]>();
  if (ids.length === 0) return texts;
  const rows = await db
    .selectFrom('campaign_texts')
    .selectAll()
    .where('campaign_id', 'in', [...ids])
    .execute();
  for (const r of rows) texts.set(r.campaign_id, [...(texts.get(r.campaign_id) ?? []), r]);
  return texts;
}

export async function replaceTexts(db: Db, campaignId: string, texts: Insertable<CampaignTextsTable>[]): Promise<void> {
  await db.deleteFrom('campaign_texts').where('campaign_id', '=', campaignId).execute();
  if (texts.length > 0) await db.insertInto('campaign_texts').values(texts).execute();
}

/** A campaign has at most a few dozen materials: the page shows them all, the reader's language first. */
export const MATERIALS_MAX = 60;

export const materialsOf = (db: Db, campaignId: string) =>
  db
    .selectFrom('campaign_materials')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .orderBy('lang')
    .orderBy('created_at')
    .limit(MATERIALS_MAX)
    .execute();

export const materialFile = (db: Db, campaignId: string, file: string) =>
  db
    .selectFrom('campaign_materials')
    .select(['file'])
    .where('campaign_id', '=', campaignId)
    .where('file', '=', file)
    .executeTakeFirst();

export type Period = 'running' | 'upcoming' | 'past';

/**
 * One page of campaigns by period on `today`: running and upcoming soonest first (by start),
 * past most recent first (by end), keyset on the index's (day, id).
 */
export async function campaignPage(
  db: Db,
  period: Period,
  today: string,
  after: { on: string; id: string } | null,
  size: number,
): Promise<Campaign[]> {
  let q = db.selectFrom('campaigns').selectAll();
  if (period === 'past') {
    q = q.where('ends_on', '<', today);
    if (after)
      q = q.where((eb) =>
        eb.or([eb('ends_on', '<', after.on), eb.and([eb('ends_on', '=', after.on), eb('id', '<', after.id)])]),
      );
    return q.orderBy('ends_on', 'desc').orderBy('id', 'desc').limit(size).execute();
  }
  q =
    period === 'upcoming'
      ? q.where('starts_on', '>', today)
      : q.where('starts_on', '<=', today).where('ends_on', '>=', today);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('starts_on', '>', after.on), eb.and([eb('starts_on', '=', after.on), eb('id', '>', after.id)])]),
    );
  return q.orderBy('starts_on').orderBy('id').limit(size).execute();
}

/** Every campaign, newest start first, keyset on (starts_on, id): the secretariat's list and the feed. */
export async function allCampaigns(
  db: Db,
  after: { on: string; id: string } | null,
  size: number,
): Promise<Campaign[]> {
  let q = db.selectFrom('campaigns').selectAll();
  if (after)
    q = q.where((eb) =>
      eb.or([eb('starts_on', '<', after.on), eb.and([eb('starts_on', '=', after.on), eb('id', '<', after.id)])]),
    );
  return q.orderBy('starts_on', 'desc').orderBy('id', 'desc').limit(size).execute();
}

/** A campaign's supporters, newest first, keyset on (supported_at, org_id). */
export async function supporterPage(
  db: Db,
  campaignId: string,
  after: { at: string; id: string } | null,
  size: number,
): Promise<Supporter[]> {
  let q = db.selectFrom('campaign_supporters').selectAll().where('campaign_id', '=', campaignId);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('supported_at', '<', after.at),
        eb.and([eb('supported_at', '=', after.at), eb('org_id', '<', after.id)]),
      ]),
    );
  return q.orderBy('supported_at', 'desc').orderBy('org_id', 'desc').limit(size).execute();
}

/** Which of these organisations support the campaign. */
export async function supportingOf(db: Db, campaignId: string, orgIds: readonly string[]): Promise<Set<string>> {
  if (orgIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('campaign_supporters')
    .select('org_id')
    .where('campaign_id', '=', campaignId)
    .where('org_id', 'in', [...orgIds])
    .execute();
  return new Set(rows.map((r) => r.org_id));
}

/** Moves the kept counts of a campaign by these amounts. */
/**
 * The content name of what a signatory's profile shows of the campaigns (how many it supports,
 * the reach of its participations, ADR 0022): every support, withdrawal and participation moves
 * the counts here, and so the version.
 */
export const CAMPAIGNS_CONTENT = 'campaigns';

export async function moveCampaignCounts(
  db: Db,
  campaignId: string,
  by: { supporters?: number; participations?: number; reachPublic?: number; reachAll?: number },
): Promise<void> {
  await db
    .updateTable('campaigns')
    .set({
      supporter_count: sql`supporter_count + ${by.supporters ?? 0}`,
      participation_count: sql`participation_count + ${by.participations ?? 0}`,
      reach_public: sql`reach_public + ${by.reachPublic ?? 0}`,
      reach_all: sql`reach_all + ${by.reachAll ?? 0}`,
    })
    .where('id', '=', campaignId)
    .execute();
  await contentChanged(db, CAMPAIGNS_CONTENT);
}

export type LangTexts = Partial<Record<Lang, CampaignText>>;
