import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type {
  PracticeAttachmentsTable,
  PracticeEventsTable,
  PracticeLinksTable,
  PracticeRevisionsTable,
  PracticesTable,
  PracticeTextsTable,
  RevisionStatus,
} from './practices.table.ts';
import { TAG_COLUMN, TAG_NAMES, type TagName } from './vocabulary.ts';
import { PRACTICES_CONTENT } from './derived.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';

// Plain queries on the practices' own tables. The services decide, check and audit; the public
// side (library, practice page) reads through the service's exports, which use these.

export type Db = Kysely<DB> | Transaction<DB>;
export type Practice = Selectable<PracticesTable>;
export type Revision = Selectable<PracticeRevisionsTable>;
export type PracticeText = Selectable<PracticeTextsTable>;
export type PracticeLink = Selectable<PracticeLinksTable>;
export type PracticeAttachment = Selectable<PracticeAttachmentsTable>;
export type PracticeEvent = Selectable<PracticeEventsTable>;

/** What an attachment's row holds besides its revision and place. */
export type AttachmentRow = Pick<PracticeAttachment, 'file' | 'kind' | 'label' | 'bytes'>;

/** A revision's tags as bit sets, by tag name. */
export type TagBits = Record<TagName, number>;

/** What a revision holds besides its texts, links and attachments. */
export interface RevisionFields {
  tags: TagBits;
  periodStart: string | null;
  periodEnd: string | null;
  peopleReached: number | null;
  contactName: string;
  contactEmail: string;
}

export function tagColumns(tags: TagBits): Record<(typeof TAG_COLUMN)[TagName], number> {
  return Object.fromEntries(TAG_NAMES.map((t) => [TAG_COLUMN[t], tags[t]])) as Record<
    (typeof TAG_COLUMN)[TagName],
    number
  >;
}

export function tagsOfRow(row: Record<(typeof TAG_COLUMN)[TagName], number>): TagBits {
  return Object.fromEntries(TAG_NAMES.map((t) => [t, Number(row[TAG_COLUMN[t]])])) as TagBits;
}

export async function practiceById(db: Db, id: string): Promise<Practice | undefined> {
  return db.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function practiceBySlug(db: Db, slug: string): Promise<Practice | undefined> {
  return db.selectFrom('practices').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function revisionById(db: Db, id: string): Promise<Revision | undefined> {
  return db.selectFrom('practice_revisions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function revisionsOf(db: Db, practiceId: string): Promise<Revision[]> {
  return db
    .selectFrom('practice_revisions')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('number', 'desc')
    .execute();
}

export async function textsOf(db: Db, revisionIds: readonly string[]): Promise<PracticeText[]> {
  if (revisionIds.length === 0) return [];
  return db
    .selectFrom('practice_texts')
    .selectAll()
    .where('revision_id', 'in', revisionIds)
    .orderBy('revision_id')
    .orderBy('is_original', 'desc')
    .orderBy('lang')
    .execute();
}

export async function linksOf(db: Db, revisionId: string): Promise<PracticeLink[]> {
  return db
    .selectFrom('practice_links')
    .selectAll()
    .where('revision_id', '=', revisionId)
    .orderBy('position')
    .execute();
}

export async function attachmentsOf(db: Db, revisionId: string): Promise<PracticeAttachment[]> {
  return db
    .selectFrom('practice_attachments')
    .selectAll()
    .where('revision_id', '=', revisionId)
    .orderBy('position')
    .execute();
}

/** Is this stored file attached to the published revision of a published practice? */
export async function isPublishedAttachment(db: Db, file: string): Promise<boolean> {
  const row = await db
    .selectFrom('practice_attachments as a')
    .innerJoin('practices as p', 'p.published_revision_id', 'a.revision_id')
    .select('a.file')
    .where('a.file', '=', file)
    .where('p.status', '=', 'published')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPractice(
  db: Db,
  p: { id: string; orgId: string; originalLang: string; userId: string; at: string },
): Promise<void> {
  await db
    .insertInto('practices')
    .values({
      id: p.id,
      slug: p.id,
      org_id: p.orgId,
      status: 'draft',
      original_lang: p.originalLang,
      published_revision_id: null,
      working_revision_id: null,
      sector: null,
      period_start: null,
      period_end: null,
      people_reached: null,
      published_at: null,
      created_by: p.userId,
      created_at: p.at,
      updated_at: p.at,
    })
    .execute();
}

export async function insertRevision(
  db: Db,
  r: { id: string; practiceId: string; number: number; userId: string; at: string; fields: RevisionFields },
): Promise<void> {
  await db
    .insertInto('practice_revisions')
    .values({
      id: r.id,
      practice_id: r.practiceId,
      number: r.number,
      status: 'draft',
      ...tagColumns(r.fields.tags),
      period_start: r.fields.periodStart,
      period_end: r.fields.periodEnd,
      people_reached: r.fields.peopleReached,
      contact_name: r.fields.contactName,
      contact_email: r.fields.contactEmail,
      created_by: r.userId,
      created_at: r.at,
      updated_at: r.at,
      updated_by: r.userId,
      submitted_at: null,
      submitted_by: null,
      reviewed_at: null,
      reviewed_by: null,
      review_comment: null,
      draft_data: null,
    })
    .execute();
}

export async function updateRevisionFields(
  db: Db,
  revisionId: string,
  fields: RevisionFields,
  by: { userId: string; at: string },
): Promise<void> {
  await db
    .updateTable('practice_revisions')
    .set({
      ...tagColumns(fields.tags),
      period_start: fields.periodStart,
      period_end: fields.periodEnd,
      people_reached: fields.peopleReached,
      contact_name: fields.contactName,
      contact_email: fields.contactEmail,
      updated_at: by.at,
      updated_by: by.userId,
      draft_data: null,
    })
    .where('id', '=', revisionId)
    .execute();
}

export async function setDraftData(
  db: Db,
  revisionId: string,
  data: string | null,
  by: { userId: string; at: string },
): Promise<void> {
  await db
    .updateTable('practice_revisions')
    .set({ draft_data: data, updated_at: by.at, updated_by: by.userId })
    .where('id', '=', revisionId)
    .execute();
}

export async function setRevisionStatus(
  db: Db,
  revisionId: string,
  status: RevisionStatus,
  extra: Partial<
    Pick<Revision, 'submitted_at' | 'submitted_by' | 'reviewed_at' | 'reviewed_by' | 'review_comment' | 'updated_at'>
  > = {},
): Promise<void> {
  await db
    .updateTable('practice_revisions')
    .set({ status, ...extra })
    .where('id', '=', revisionId)
    .execute();
}

/** Writes one language's text of a revision, replacing the one there was. */
export async function upsertText(
  db: Db,
  t: { revisionId: string; lang: string; title: string; summary: string; body: string; results: string },
  isOriginal: boolean,
  at: string,
): Promise<void> {
  await db.deleteFrom('practice_texts').where('revision_id', '=', t.revisionId).where('lang', '=', t.lang).execute();
  await db
    .insertInto('practice_texts')
    .values({
      revision_id: t.revisionId,
      lang: t.lang,
      title: t.title,
      summary: t.summary,
      body: t.body,
      results: t.results,
      is_original: isOriginal ? 1 : 0,
      origin: 'author',
      translated_from: null,
      updated_at: at,
    })
    .execute();
  // A published revision's texts are what the library shows (translations are added to it).
  await contentChanged(db, PRACTICES_CONTENT);
}

export async function replaceLinks(db: Db, revisionId: string, links: readonly { url: string; label: string }[]) {
  await db.deleteFrom('practice_links').where('revision_id', '=', revisionId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('practice_links')
    .values(links.map((l, i) => ({ revision_id: revisionId, position: i + 1, url: l.url, label: l.label })))
    .execute();
}

export async function replaceAttachments(db: Db, revisionId: string, files: readonly AttachmentRow[]) {
  await db.deleteFrom('practice_attachments').where('revision_id', '=', revisionId).execute();
  if (files.length === 0) return;
  await db
    .insertInto('practice_attachments')
    .values(
      files.map((f, i) => ({
        revision_id: revisionId,
        position: i + 1,
        file: f.file,
        kind: f.kind,
        label: f.label,
        bytes: f.bytes,
      })),
    )
    .execute();
}

/** A new revision starts as a copy of another: its fields, texts, links and attachments (the files are shared). */
export async function copyRevision(
  db: Db,
  from: Revision,
  to: { id: string; number: number; userId: string; at: string },
): Promise<void> {
  await insertRevision(db, {
    id: to.id,
    practiceId: from.practice_id,
    number: to.number,
    userId: to.userId,
    at: to.at,
    fields: {
      tags: tagsOfRow(from),
      periodStart: from.period_start,
      periodEnd: from.period_end,
      peopleReached: from.people_reached,
      contactName: from.contact_name,
      contactEmail: from.contact_email,
    },
  });
  for (const t of await textsOf(db, [from.id])) {
    await db
      .insertInto('practice_texts')
      .values({ ...t, revision_id: to.id, updated_at: to.at })
      .execute();
  }
  await replaceLinks(db, to.id, await linksOf(db, from.id));
  await replaceAttachments(db, to.id, await attachmentsOf(db, from.id));
}

export async function updatePractice(
  db: Db,
  practiceId: string,
  set: Partial<Omit<Practice, 'id' | 'org_id' | 'created_by' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('practices').set(set).where('id', '=', practiceId).execute();
  await contentChanged(db, PRACTICES_CONTENT);
}

export async function insertEvent(db: Db, e: PracticeEvent): Promise<void> {
  await db.insertInto('practice_events').values(e).execute();
}

export async function eventsOf(db: Db, practiceId: string): Promise<PracticeEvent[]> {
  return db
    .selectFrom('practice_events')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

/** Is this stored file attached to some revision of this practice? */
export async function isAttachedTo(db: Db, practiceId: string, file: string): Promise<boolean> {
  const row = await db
    .selectFrom('practice_attachments as a')
    .innerJoin('practice_revisions as r', 'r.id', 'a.revision_id')
    .select('a.file')
    .where('r.practice_id', '=', practiceId)
    .where('a.file', '=', file)
    .executeTakeFirst();
  return row !== undefined;
}
