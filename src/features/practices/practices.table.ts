import type { Generated } from 'kysely';

// The practices feature's tables (issue 6). A practice is an identity (`practices`) with a
// series of revisions (`practice_revisions`); everything an author writes belongs to a revision:
// its tags, its texts per language, links and attachments. `practices` also carries a copy of the
// published revision's tags, period and figures, so the public library filters, sorts and pages
// on one table's indexes without reading revisions. Multi-valued tags are bit sets (vocabulary.ts).

/**
 * draft, submitted, returned: never published yet (the status of its only revision).
 * published: visible in the library (an update may be under way in another revision).
 * archived: was published, withdrawn from the library by its organisation (or its withdrawal).
 */
export type PracticeStatus = 'draft' | 'submitted' | 'returned' | 'published' | 'archived';

/**
 * draft: being written; submitted: waiting for the secretariat; returned: sent back with a
 * comment, being fixed; published: the practice's public content now; superseded: was published,
 * replaced by a later revision (kept as history).
 */
export type RevisionStatus = 'draft' | 'submitted' | 'returned' | 'published' | 'superseded';

export interface PracticesTable {
  id: string;
  /** In public URLs; the id until the first publication gives it a readable one. */
  slug: string;
  org_id: string;
  status: PracticeStatus;
  /** The language it was first written in. */
  original_lang: string;
  /** The public content; null until first published. */
  published_revision_id: string | null;
  /** The revision being written or reviewed (draft, submitted, returned); null when none. */
  working_revision_id: string | null;
  // A copy of the published revision's tags (bit sets, vocabulary.ts), for the library's filters.
  cause_bits: Generated<number>;
  group_bits: Generated<number>;
  commitment_bits: Generated<number>;
  audience_bits: Generated<number>;
  digcomp_bits: Generated<number>;
  region_bits: Generated<number>;
  /** The languages the practice is offered in (to the people it serves). */
  language_bits: Generated<number>;
  /** The languages its published texts exist in (LANGUAGE bits too). */
  text_lang_bits: Generated<number>;
  /** The organisation's sector when last published, for the library's sector facet. */
  sector: string | null;
  period_start: string | null; // YYYY-MM-DD
  period_end: string | null;
  people_reached: number | null;
  /** Kept by adoptions' writes in their transaction. */
  adoption_count: Generated<number>;
  /** First publication: the library's "newest" order. Kept when archived and unarchived. */
  published_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PracticeRevisionsTable {
  id: string;
  practice_id: string;
  /** 1, 2, 3… per practice. */
  number: number;
  status: RevisionStatus;
  cause_bits: Generated<number>;
  group_bits: Generated<number>;
  commitment_bits: Generated<number>;
  audience_bits: Generated<number>;
  digcomp_bits: Generated<number>;
  region_bits: Generated<number>;
  language_bits: Generated<number>;
  period_start: string | null;
  period_end: string | null;
  people_reached: number | null;
  /** The contact person: the name is shown with the practice, the address never (questions are relayed). */
  contact_name: string;
  contact_email: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
  submitted_at: string | null;
  submitted_by: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  /** The secretariat's comment when it returned the revision (kept after it is fixed). */
  review_comment: string | null;
  /**
   * The form's values as typed when "Save draft" was pressed, unchecked (as signing keeps an
   * application's draft); cleared when the form is saved checked into the columns and texts.
   */
  draft_data: string | null;
}

/** Who wrote a text: its author, or (later, ADR 0015) a labelled machine translation. */
export type TextOrigin = 'author' | 'machine';

export interface PracticeTextsTable {
  revision_id: string;
  lang: string;
  title: string;
  /** At most 300 characters. */
  summary: string;
  /** Markdown, raw HTML off (platform/markdown/parse.ts). */
  body: string;
  results: string;
  /** 1 for the text in the practice's original language. */
  is_original: Generated<number>;
  origin: Generated<TextOrigin>;
  /** For a machine translation: the language it was translated from (ADR 0015). */
  translated_from: string | null;
  updated_at: string;
}

export interface PracticeLinksTable {
  revision_id: string;
  position: number;
  url: string;
  label: string;
}

export interface PracticeAttachmentsTable {
  revision_id: string;
  position: number;
  /** A name made by platform/files/storage.ts; the same file may serve several revisions. */
  file: string;
  kind: 'pdf' | 'image';
  /** What the reader sees as the link's text (the file's name on the author's computer at first). */
  label: string;
  bytes: number;
}

/** The history the organisation sees: who did what to which revision, with the secretariat's comment. */
export interface PracticeEventsTable {
  id: string;
  practice_id: string;
  revision_id: string | null;
  at: string;
  actor_user_id: string | null;
  /** 'questioned': a reader's question was relayed to the contact person (the message is not kept). */
  kind: 'created' | 'submitted' | 'returned' | 'published' | 'archived' | 'unarchived' | 'unpublished' | 'questioned';
  comment: string | null;
}

/** "We adopted this": one per organisation and practice. */
export interface PracticeAdoptionsTable {
  practice_id: string;
  org_id: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

/**
 * A question relayed to a practice's contact person: only that it was asked, by whom and when
 * (for rate limits and the secretariat's view of abuse). The message itself goes out by mail
 * and is not kept here.
 */
export interface PracticeQuestionsTable {
  id: string;
  practice_id: string;
  /** Null for a question asked without an account. */
  user_id: string | null;
  /** The client address's hash, for rate limits of anonymous askers. */
  client_key: string;
  /** 1 when the asker ticked "share my address with the author". */
  shared_address: Generated<number>;
  created_at: string;
}

/** Someone noticed a problem on a published practice and told the secretariat. */
export interface PracticeReportsTable {
  id: string;
  practice_id: string;
  /** A code of the reports' reasons (the public side's vocabulary). */
  reason: string;
  details: string | null;
  user_id: string | null;
  client_key: string;
  status: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

/**
 * Counts the writes keep in their transaction (derived, rebuilt after a restore):
 * `('review', 'submitted')` revisions waiting for the secretariat, and for published practices
 * one row per tag value (`('cause', 'skills')`, `('sector', 'public')`…) and `('all', '')`.
 */
export interface PracticeCountsTable {
  facet: string;
  value: string;
  n: number;
}

/**
 * The published practices' tags as rows (derived from `practices`, rebuilt after a restore):
 * a filter on one value reads one index range in the library's order instead of testing bits
 * on every row.
 */
export interface PracticeTagsTable {
  practice_id: string;
  facet: string;
  value: string;
  published_at: string;
}

// The feature's tables, added to the platform's view of the database (see platform/db/schema.ts).
declare module '../../platform/db/schema.ts' {
  interface DB {
    practices: PracticesTable;
    practice_revisions: PracticeRevisionsTable;
    practice_texts: PracticeTextsTable;
    practice_links: PracticeLinksTable;
    practice_attachments: PracticeAttachmentsTable;
    practice_events: PracticeEventsTable;
    practice_adoptions: PracticeAdoptionsTable;
    practice_questions: PracticeQuestionsTable;
    practice_reports: PracticeReportsTable;
    practice_counts: PracticeCountsTable;
    practice_tags: PracticeTagsTable;
  }
}
