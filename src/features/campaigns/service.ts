import type { Kysely } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { slugFor } from '../organisations/service-registration.ts';
import type { MaterialKind } from './campaigns.table.ts';
import * as repo from './repository.ts';
import { causeBits, groupBits, type Cause, type TargetGroup } from './vocabulary.ts';

// The secretariat's writes: a campaign (its texts per language, period, causes, target groups and
// call to action) and its materials. The routes allow the secretariat only; each write is one
// transaction with its audit line.

export const TITLE_MAX = 160;
export const AIM_MAX = 4000;
export const CTA_MAX = 300;
export const MATERIAL_TITLE_MAX = 160;

export interface CampaignTextInput {
  lang: Lang;
  title: string;
  aim: string;
  ctaText: string | null;
}

export interface CampaignInput {
  /** The language written first, and the fallback for the others: its text is among `texts`. */
  lang: Lang;
  texts: CampaignTextInput[];
  startsOn: string;
  endsOn: string;
  causes: Cause[];
  groups: TargetGroup[];
  ctaLink: string | null;
}

const columnsOf = (input: CampaignInput) => ({
  lang: input.lang,
  starts_on: input.startsOn,
  ends_on: input.endsOn,
  cause_bits: causeBits(input.causes),
  group_bits: groupBits(input.groups),
  cta_link: input.ctaLink,
});

const textRows = (campaignId: string, input: CampaignInput) =>
  input.texts.map((t) => ({ campaign_id: campaignId, lang: t.lang, title: t.title, aim: t.aim, cta_text: t.ctaText }));

/** A slug from the title, with a short suffix when another campaign has it. */
async function freeSlug(db: repo.Db, title: string): Promise<string> {
  const base = slugFor(title) === 'organisation' ? 'campaign' : slugFor(title);
  const candidates = [base, `${base}-${new Date().getUTCFullYear()}`];
  const taken = await repo.slugsTaken(db, candidates);
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${newId().slice(0, 8)}`;
}

export async function createCampaign(
  db: Kysely<DB>,
  actor: string,
  input: CampaignInput,
): Promise<Outcome<{ id: string; slug: string }>> {
  return db.transaction().execute(async (trx) => {
    const at = now();
    const id = newId();
    const main = input.texts.find((t) => t.lang === input.lang)!;
    const slug = await freeSlug(trx, main.title);
    await trx
      .insertInto('campaigns')
      .values({
        id,
        slug,
        ...columnsOf(input),
        supporter_count: 0,
        participation_count: 0,
        reach_public: 0,
        reach_all: 0,
        created_by: actor,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await repo.replaceTexts(trx, id, textRows(id, input));
    await audit(trx, {
      actor,
      action: 'campaigns.created',
      subjectType: 'campaign',
      subjectId: id,
      details: { slug, languages: input.texts.map((t) => t.lang), startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return ok({ id, slug });
  });
}

export async function changeCampaign(
  db: Kysely<DB>,
  actor: string,
  id: string,
  input: CampaignInput,
): Promise<Outcome<{ id: string }, 'notFound'>> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.campaignById(trx, id);
    if (!before) return fail('notFound' as const);
    const set = columnsOf(input);
    await trx
      .updateTable('campaigns')
      .set({ ...set, updated_at: now() })
      .where('id', '=', id)
      .execute();
    await repo.replaceTexts(trx, id, textRows(id, input));
    await audit(trx, {
      actor,
      action: 'campaigns.changed',
      subjectType: 'campaign',
      subjectId: id,
      details: {
        changed: Object.keys(set).filter((k) => before[k as keyof typeof before] !== set[k as keyof typeof set]),
        languages: input.texts.map((t) => t.lang),
      },
    });
    return ok({ id });
  });
}

export interface MaterialInput {
  lang: Lang;
  title: string;
  kind: MaterialKind;
  url: string | null;
  /** A stored file (routes-materials.tsx moved it into use) and its size. */
  file: { name: string; bytes: number } | null;
}

export async function addMaterial(
  db: Kysely<DB>,
  actor: string,
  campaignId: string,
  input: MaterialInput,
): Promise<Outcome<{ id: string }, 'notFound' | 'tooMany'>> {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.campaignById(trx, campaignId))) return fail('notFound' as const);
    // The page lists every material at once: past the limit, one must go before another comes.
    if ((await repo.materialsOf(trx, campaignId)).length >= repo.MATERIALS_MAX) return fail('tooMany' as const);
    const id = newId();
    await trx
      .insertInto('campaign_materials')
      .values({
        id,
        campaign_id: campaignId,
        lang: input.lang,
        title: input.title,
        kind: input.kind,
        url: input.kind === 'link' ? input.url : null,
        file: input.kind === 'file' ? (input.file?.name ?? null) : null,
        bytes: input.kind === 'file' ? (input.file?.bytes ?? null) : null,
        created_at: now(),
      })
      .execute();
    await audit(trx, {
      actor,
      action: 'campaigns.material_added',
      subjectType: 'campaign',
      subjectId: campaignId,
      details: { materialId: id, lang: input.lang, kind: input.kind, title: input.title },
    });
    return ok({ id });
  });
}

/** Removes a material; returns its stored file, for the route to delete once the row is gone. */
export async function removeMaterial(
  db: Kysely<DB>,
  actor: string,
  campaignId: string,
  materialId: string,
): Promise<Outcome<{ file: string | null }, 'notFound'>> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(materialId)) return fail('notFound' as const);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('campaign_materials')
      .selectAll()
      .where('id', '=', materialId)
      .where('campaign_id', '=', campaignId)
      .executeTakeFirst();
    if (!row) return fail('notFound' as const);
    await trx.deleteFrom('campaign_materials').where('id', '=', materialId).execute();
    await audit(trx, {
      actor,
      action: 'campaigns.material_removed',
      subjectType: 'campaign',
      subjectId: campaignId,
      details: { materialId, lang: row.lang, kind: row.kind, title: row.title },
    });
    return ok({ file: row.file });
  });
}
