import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import * as repo from './repository.ts';
import type { Campaign, CampaignText, Material, Period } from './repository.ts';

// What everyone reads: the campaigns by period, one campaign in the reader's language (else the
// language it was written in, said so), its materials with the reader's language first, and its
// supporters a page at a time. Figures come from the campaign's row, which the writes keep.

export const LIST_PAGE = 20;
export const SUPPORTERS_PAGE = 50;

/** A campaign's text in `lang`, else in its first language: `fallback` says the reader's was missing. */
export interface ShownText {
  text: CampaignText;
  fallback: boolean;
}

export function textIn(texts: readonly CampaignText[], lang: Lang, main: Lang): ShownText {
  const own = texts.find((t) => t.lang === lang);
  if (own) return { text: own, fallback: false };
  const first = texts.find((t) => t.lang === main) ?? texts[0];
  // Every campaign has its first language's text (the form asks for it); an empty one is a bug shown plainly.
  return { text: first ?? { campaign_id: '', lang: main, title: '', aim: '', cta_text: null }, fallback: true };
}

export interface CampaignCard {
  campaign: Campaign;
  shown: ShownText;
}

async function cards(db: Kysely<DB>, rows: Campaign[], lang: Lang): Promise<CampaignCard[]> {
  const texts = await repo.textsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((c) => ({ campaign: c, shown: textIn(texts.get(c.id) ?? [], lang, c.lang) }));
}

export interface Cursor {
  on: string;
  id: string;
}

export function parseCursor(value: unknown): Cursor | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})~([A-Za-z0-9_-]{1,64})$/.exec(value);
  return m ? { on: m[1]!, id: m[2]! } : null;
}

export const cursorOf = (on: string, id: string) => `${on}~${id}`;

/** One page of a period's campaigns, and the cursor of the next page if any. */
export async function campaignsIn(
  db: Kysely<DB>,
  period: Period,
  today: string,
  lang: Lang,
  after: Cursor | null = null,
): Promise<{ items: CampaignCard[]; next: string | null }> {
  const rows = await repo.campaignPage(db, period, today, after, LIST_PAGE + 1);
  const page = rows.slice(0, LIST_PAGE);
  const last = page.at(-1);
  const next =
    rows.length > LIST_PAGE && last ? cursorOf(period === 'past' ? last.ends_on : last.starts_on, last.id) : null;
  return { items: await cards(db, page, lang), next };
}

/** The secretariat's list, newest start first. */
export async function everyCampaign(
  db: Kysely<DB>,
  lang: Lang,
  after: Cursor | null,
  size = LIST_PAGE,
): Promise<{ items: CampaignCard[]; next: string | null }> {
  const rows = await repo.allCampaigns(db, after, size + 1);
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    items: await cards(db, page, lang),
    next: rows.length > size && last ? cursorOf(last.starts_on, last.id) : null,
  };
}

export interface CampaignView {
  campaign: Campaign;
  texts: CampaignText[];
  shown: ShownText;
  /** In the reader's language. */
  materials: Material[];
  /** In other languages, each labelled with its language. */
  otherMaterials: Material[];
}

const slugLike = (s: string) => /^[a-z0-9-]{1,80}$/.test(s);

export async function campaignPageBySlug(db: Kysely<DB>, slug: string, lang: Lang): Promise<CampaignView | null> {
  if (!slugLike(slug)) return null;
  const campaign = await repo.campaignBySlug(db, slug);
  return campaign ? viewOf(db, campaign, lang) : null;
}

/** An id as we make them: anything else (a NUL from the address) is not looked up. */
export const idLike = (s: string) => /^[A-Za-z0-9_-]{1,64}$/.test(s);

export async function campaignForEditing(db: Kysely<DB>, id: string, lang: Lang): Promise<CampaignView | null> {
  if (!idLike(id)) return null;
  const campaign = await repo.campaignById(db, id);
  return campaign ? viewOf(db, campaign, lang) : null;
}

async function viewOf(db: Kysely<DB>, campaign: Campaign, lang: Lang): Promise<CampaignView> {
  const [texts, materials] = await Promise.all([
    repo.textsOf(db, [campaign.id]).then((m) => m.get(campaign.id) ?? []),
    repo.materialsOf(db, campaign.id),
  ]);
  return {
    campaign,
    texts,
    shown: textIn(texts, lang, campaign.lang),
    materials: materials.filter((m) => m.lang === lang),
    otherMaterials: materials.filter((m) => m.lang !== lang),
  };
}

export interface SupporterLine {
  orgId: string;
  name: string;
  slug: string;
  supportedAt: string;
}

/** A page of supporters with their names (one query for the names), and the next page's cursor. */
export async function supportersOf(
  db: Kysely<DB>,
  campaignId: string,
  after: { at: string; id: string } | null,
): Promise<{ items: SupporterLine[]; next: string | null }> {
  const rows = await repo.supporterPage(db, campaignId, after, SUPPORTERS_PAGE + 1);
  const page = rows.slice(0, SUPPORTERS_PAGE);
  const refs = await organisationRefs(
    db,
    page.map((r) => r.org_id),
  );
  const items = page.flatMap((r) => {
    const ref = refs.get(r.org_id);
    return ref ? [{ orgId: r.org_id, name: ref.legalName, slug: ref.slug, supportedAt: r.supported_at }] : [];
  });
  const last = page.at(-1);
  return { items, next: rows.length > SUPPORTERS_PAGE && last ? `${last.supported_at}~${last.org_id}` : null };
}

export function parseSupporterCursor(value: unknown): { at: string; id: string } | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)~([A-Za-z0-9_-]{1,64})$/.exec(value);
  return m ? { at: m[1]!, id: m[2]! } : null;
}

/** A stored file that belongs to the campaign: only those are served. */
export async function materialFileOf(db: Kysely<DB>, campaignId: string, file: string): Promise<boolean> {
  return !!(await repo.materialFile(db, campaignId, file));
}
