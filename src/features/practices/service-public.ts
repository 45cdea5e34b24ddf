import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { lockPractice, roleIn } from './access.ts';
import type { Outcome, PracticeDeps } from './outcome.ts';
import { conflict } from './outcome.ts';
import type { Db, PracticeText } from './repository.ts';
import * as lib from './repository-library.ts';
import { itemsOf, type LibraryItem } from './service-library.ts';
import { publishedPractice, type PublishedPractice } from './service-read.ts';

// A published practice as the public reads it, with its adopters and related practices;
// "We adopted this" (one per organisation, kept count in practices.adoption_count); and what
// an organisation's public profile lists (the signatories feature calls practicesOfOrganisation).

/** The public file route's check: an attachment of the practice's published revision. */
export { publishedAttachment } from './repository-library.ts';

export const RELATED_LIMIT = 4;
/** Adopters listed on the page; the count is the maintained one, always whole. */
export const ADOPTERS_SHOWN = 50;
export const NOTE_MAX = 1000;

export interface Adopter {
  orgId: string;
  name: string;
  slug: string;
  note: string | null;
  at: string;
}

export interface PracticePage extends PublishedPractice {
  /** The text shown: the one asked for, else the reader's language, else the original. */
  text: PracticeText;
  /** True when `text` is not in the reader's language. */
  fallback: boolean;
  adopters: Adopter[];
  related: LibraryItem[];
}

export async function practicePage(
  db: Db,
  slug: string,
  lang: Lang,
  asked: string | null,
): Promise<PracticePage | null> {
  const view = await publishedPractice(db, slug);
  if (!view) return null;
  const find = (l: string | null) => (l ? view.texts.find((t) => t.lang === l) : undefined);
  const text = find(asked) ?? find(lang) ?? view.texts.find((t) => t.is_original === 1) ?? view.texts[0];
  if (!text) return null;
  const p = view.practice;
  const [adoptions, relatedRows] = await Promise.all([
    lib.adoptionsOf(db, p.id, ADOPTERS_SHOWN),
    lib.relatedRows(
      db,
      { id: p.id, cause_bits: Number(p.cause_bits), group_bits: Number(p.group_bits) },
      RELATED_LIMIT,
    ),
  ]);
  const [orgs, related] = await Promise.all([
    organisationRefs(
      db,
      adoptions.map((a) => a.org_id),
    ),
    itemsOf(db, relatedRows, lang),
  ]);
  const adopters = adoptions.flatMap((a) => {
    const org = orgs.get(a.org_id);
    return org ? [{ orgId: a.org_id, name: org.legalName, slug: org.slug, note: a.note, at: a.created_at }] : [];
  });
  return { ...view, text, fallback: text.lang !== lang, adopters, related };
}

/** The language a `?text=` parameter asks for, if it is one. */
export const askedText = (value: unknown): string | null => (isLang(value) ? value : null);

/**
 * "We adopted this", for the organisation `orgId` the person belongs to: not the practice's own
 * organisation, once per organisation (a second mark changes nothing but the note).
 */
export async function adoptPractice(
  deps: PracticeDeps,
  userId: string,
  input: { slug: string; orgId: string; note: string | null },
): Promise<Outcome<{ added: boolean }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('practices').select('id').where('slug', '=', input.slug).executeTakeFirst();
    const practice = found ? await lockPractice(trx, deps.dialect, found.id) : undefined;
    if (!practice || practice.status !== 'published') return fail('notFound' as const);
    if (!(await roleIn(trx, input.orgId, userId))) return fail('forbidden' as const);
    if (practice.org_id === input.orgId) return conflict('practices.page.adopt.own');
    const at = now();
    const added = await lib.insertAdoption(trx, {
      practiceId: practice.id,
      orgId: input.orgId,
      note: input.note,
      userId,
      at,
    });
    if (added) await lib.moveAdoptionCount(trx, practice.id, 1);
    else {
      await trx
        .updateTable('practice_adoptions')
        .set({ note: input.note })
        .where('practice_id', '=', practice.id)
        .where('org_id', '=', input.orgId)
        .execute();
    }
    await audit(trx, {
      actor: userId,
      action: 'practices.adopted',
      subjectType: 'practice',
      subjectId: practice.id,
      details: { orgId: input.orgId, added },
    });
    await deps.events.emit({ trx, dialect: deps.dialect }, 'practices:adopted', {
      practiceId: practice.id,
      orgId: practice.org_id,
      adopterOrgId: input.orgId,
      added,
    });
    return ok({ added });
  });
}

/** Takes the organisation's adoption back. */
export async function withdrawAdoption(
  deps: PracticeDeps,
  userId: string,
  input: { slug: string; orgId: string },
): Promise<Outcome<{ removed: boolean }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('practices').select('id').where('slug', '=', input.slug).executeTakeFirst();
    const practice = found ? await lockPractice(trx, deps.dialect, found.id) : undefined;
    if (!practice) return fail('notFound' as const);
    if (!(await roleIn(trx, input.orgId, userId))) return fail('forbidden' as const);
    const removed = await lib.deleteAdoption(trx, practice.id, input.orgId);
    if (removed) {
      await lib.moveAdoptionCount(trx, practice.id, -1);
      await audit(trx, {
        actor: userId,
        action: 'practices.adoption_withdrawn',
        subjectType: 'practice',
        subjectId: practice.id,
        details: { orgId: input.orgId },
      });
    }
    return ok({ removed });
  });
}

/** The organisations (of these) that adopted the practice: to show "withdraw" instead of "adopt". */
export async function adoptedByAny(db: Db, practiceId: string, orgIds: readonly string[]): Promise<Set<string>> {
  if (orgIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('practice_adoptions')
    .select('org_id')
    .where('practice_id', '=', practiceId)
    .where('org_id', 'in', orgIds)
    .execute();
  return new Set(rows.map((r) => r.org_id));
}

export const PROFILE_LIMIT = 20;

/** For an organisation's public profile: its published practices and those it adopted (the latest first). */
export async function practicesOfOrganisation(
  db: Db,
  orgId: string,
  lang: Lang,
): Promise<{ published: LibraryItem[]; adopted: LibraryItem[] }> {
  const [own, adopted] = await Promise.all([
    lib.publishedOf(db, orgId, PROFILE_LIMIT),
    lib.adoptedBy(db, orgId, PROFILE_LIMIT),
  ]);
  const items = await itemsOf(db, [...own, ...adopted], lang);
  const byId = new Map(items.map((i) => [i.id, i]));
  const pick = (rows: lib.LibraryRow[]) => rows.flatMap((r) => (byId.has(r.id) ? [byId.get(r.id)!] : []));
  return { published: pick(own), adopted: pick(adopted) };
}
