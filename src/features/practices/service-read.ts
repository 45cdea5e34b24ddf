import { z } from 'zod';
import { organisationRefs, type OrganisationRef } from '../organisations/service-registration.ts';
import { isReviewable } from './access.ts';
import { awaitingReview } from './derived.ts';
import * as repo from './repository.ts';
import { parseDraft, type DraftValues } from './service-writing.ts';
import type { PracticeStatus } from './practices.table.ts';

// What the pages read: an organisation's own practices, one practice with its revisions and
// history, the secretariat's queue, and a published practice for the public side.

type Db = repo.Db;

export const PAGE_SIZE = 25;

/** A keyset position: the sort value and the id of the last line shown. */
export interface Cursor {
  at: string;
  id: string;
}

const cursorSchema = z.tuple([z.string().min(1).max(40), z.string().min(1).max(100)]);

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

/** A cursor from a URL; anything else is the first page. */
export function decodeCursor(value: unknown): Cursor | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

export interface OrgPracticeLine {
  id: string;
  slug: string;
  status: PracticeStatus;
  title: string;
  /** The working revision's state, when there is one (an update of a published practice, say). */
  working: { status: repo.Revision['status']; number: number; comment: string | null; unsaved: boolean } | null;
  updatedAt: string;
}

/** An organisation's practices, the latest changed first, a page at a time. */
export async function orgPractices(
  db: Db,
  orgId: string,
  after: Cursor | null,
): Promise<{ lines: OrgPracticeLine[]; next: Cursor | null }> {
  let query = db
    .selectFrom('practices as p')
    .leftJoin('practice_revisions as w', 'w.id', 'p.working_revision_id')
    .select([
      'p.id',
      'p.slug',
      'p.status',
      'p.updated_at',
      'p.published_revision_id',
      'w.id as w_id',
      'w.status as w_status',
      'w.number as w_number',
      'w.review_comment as w_comment',
      'w.draft_data as w_draft',
    ])
    .where('p.org_id', '=', orgId);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('p.updated_at', '<', after.at),
        eb.and([eb('p.updated_at', '=', after.at), eb('p.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(PAGE_SIZE + 1)
    .execute();
  const page = rows.slice(0, PAGE_SIZE);
  const revisionIds = page.flatMap((r) => [r.w_id, r.published_revision_id]).filter((x): x is string => !!x);
  const texts = await repo.textsOf(db, revisionIds);
  const titleOf = (revisionId: string | null) =>
    revisionId
      ? (
          texts.find((t) => t.revision_id === revisionId && t.is_original) ??
          texts.find((t) => t.revision_id === revisionId)
        )?.title
      : undefined;
  const lines = page.map((r) => {
    const draft = parseDraft(r.w_draft);
    const draftTitle = typeof draft?.title === 'string' ? draft.title : undefined;
    return {
      id: r.id,
      slug: r.slug,
      status: r.status,
      title: draftTitle || titleOf(r.w_id) || titleOf(r.published_revision_id) || '',
      working:
        r.w_id && r.w_status && r.w_number !== null
          ? { status: r.w_status, number: Number(r.w_number), comment: r.w_comment, unsaved: r.w_draft !== null }
          : null,
      updatedAt: r.updated_at,
    };
  });
  const last = page[page.length - 1];
  return { lines, next: rows.length > PAGE_SIZE && last ? { at: last.updated_at, id: last.id } : null };
}

/** A revision with everything it holds. */
export interface RevisionView {
  revision: repo.Revision;
  texts: repo.PracticeText[];
  links: repo.PracticeLink[];
  attachments: repo.PracticeAttachment[];
}

async function revisionView(db: Db, revisionId: string | null): Promise<RevisionView | null> {
  if (!revisionId) return null;
  const revision = await repo.revisionById(db, revisionId);
  if (!revision) return null;
  const [texts, links, attachments] = await Promise.all([
    repo.textsOf(db, [revisionId]),
    repo.linksOf(db, revisionId),
    repo.attachmentsOf(db, revisionId),
  ]);
  return { revision, texts, links, attachments };
}

export interface PracticeForOrg {
  practice: repo.Practice;
  working: RevisionView | null;
  published: RevisionView | null;
  /** The values saved with "Save draft", unchecked, if the working revision has some. */
  draft: DraftValues | null;
  history: repo.PracticeEvent[];
}

/** One of the organisation's practices, for its own pages; null if it is not theirs. */
export async function practiceForOrg(db: Db, orgId: string, practiceId: string): Promise<PracticeForOrg | null> {
  const practice = await repo.practiceById(db, practiceId);
  if (!practice || practice.org_id !== orgId) return null;
  const [working, published, history] = await Promise.all([
    revisionView(db, practice.working_revision_id),
    revisionView(db, practice.published_revision_id),
    repo.eventsOf(db, practice.id),
  ]);
  return { practice, working, published, draft: parseDraft(working?.revision.draft_data ?? null), history };
}

export interface QueueLine {
  revisionId: string;
  practiceId: string;
  number: number;
  title: string;
  org: OrganisationRef | null;
  submittedAt: string;
  /** An update of a practice already in the library. */
  isUpdate: boolean;
}

/** The secretariat's queue: submitted revisions, the oldest first, a page at a time, and how many wait. */
export async function reviewQueue(
  db: Db,
  after: Cursor | null,
): Promise<{ waiting: number; lines: QueueLine[]; next: Cursor | null }> {
  let query = db
    .selectFrom('practice_revisions as r')
    .innerJoin('practices as p', 'p.id', 'r.practice_id')
    .select(['r.id', 'r.practice_id', 'r.number', 'r.submitted_at', 'p.org_id', 'p.published_revision_id'])
    .where('r.status', '=', 'submitted');
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('r.submitted_at', '>', after.at),
        eb.and([eb('r.submitted_at', '=', after.at), eb('r.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('r.submitted_at')
    .orderBy('r.id')
    .limit(PAGE_SIZE + 1)
    .execute();
  const page = rows.slice(0, PAGE_SIZE);
  const [texts, orgs, waiting] = await Promise.all([
    repo.textsOf(
      db,
      page.map((r) => r.id),
    ),
    organisationRefs(
      db,
      page.map((r) => r.org_id),
    ),
    awaitingReview(db),
  ]);
  const lines = page.map((r) => ({
    revisionId: r.id,
    practiceId: r.practice_id,
    number: Number(r.number),
    title: texts.find((t) => t.revision_id === r.id)?.title ?? '',
    org: orgs.get(r.org_id) ?? null,
    submittedAt: r.submitted_at ?? '',
    isUpdate: r.published_revision_id !== null,
  }));
  const last = page[page.length - 1];
  return {
    waiting,
    lines,
    next: rows.length > PAGE_SIZE && last ? { at: last.submitted_at ?? '', id: last.id } : null,
  };
}

export interface RevisionForReview extends RevisionView {
  practice: repo.Practice;
  org: OrganisationRef | null;
  /** What is public now, to compare an update with. */
  published: RevisionView | null;
  history: repo.PracticeEvent[];
}

/** A revision as the secretariat reviews it; null for a draft never submitted (access.ts). */
export async function revisionForReview(db: Db, revisionId: string): Promise<RevisionForReview | null> {
  const view = await revisionView(db, revisionId);
  if (!view || !isReviewable(view.revision)) return null;
  const practice = await repo.practiceById(db, view.revision.practice_id);
  if (!practice) return null;
  const [orgs, published, history] = await Promise.all([
    organisationRefs(db, [practice.org_id]),
    practice.published_revision_id !== revisionId ? revisionView(db, practice.published_revision_id) : null,
    repo.eventsOf(db, practice.id),
  ]);
  return { ...view, practice, org: orgs.get(practice.org_id) ?? null, published, history };
}

/**
 * Whether a file may be served on the secretariat's review page of a revision: attached to that
 * revision (one it may read) or to the practice's published one, the two contents the page shows.
 */
export async function isReviewableFile(db: Db, revisionId: string, file: string): Promise<boolean> {
  const revision = await repo.revisionById(db, revisionId);
  if (!revision || !isReviewable(revision)) return false;
  const practice = await repo.practiceById(db, revision.practice_id);
  const shown = [revision.id, practice?.published_revision_id].filter((id): id is string => !!id);
  const row = await db
    .selectFrom('practice_attachments')
    .select('file')
    .where('revision_id', 'in', shown)
    .where('file', '=', file)
    .executeTakeFirst();
  return row !== undefined;
}

export interface PublishedPractice extends RevisionView {
  practice: repo.Practice;
  org: OrganisationRef | null;
}

/** For the public side: a practice in the library, by its slug, with its published content; null otherwise. */
export async function publishedPractice(db: Db, slug: string): Promise<PublishedPractice | null> {
  if (!/^[a-z0-9-]{1,120}$/i.test(slug)) return null;
  const practice = await repo.practiceBySlug(db, slug);
  return practice ? publishedView(db, practice) : null;
}

/** The same by id (the API, adoptions and questions name practices by id). */
export async function publishedPracticeById(db: Db, practiceId: string): Promise<PublishedPractice | null> {
  const practice = await repo.practiceById(db, practiceId);
  return practice ? publishedView(db, practice) : null;
}

async function publishedView(db: Db, practice: repo.Practice): Promise<PublishedPractice | null> {
  if (practice.status !== 'published') return null;
  const view = await revisionView(db, practice.published_revision_id);
  if (!view) return null;
  const orgs = await organisationRefs(db, [practice.org_id]);
  // Only texts their authors wrote, until machine translations are labelled on every page (ADR 0015).
  return {
    ...view,
    texts: view.texts.filter((t) => t.origin === 'author'),
    practice,
    org: orgs.get(practice.org_id) ?? null,
  };
}
