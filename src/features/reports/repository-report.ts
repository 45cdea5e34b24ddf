import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type {
  ReportAmendmentsTable,
  ReportSectionsTable,
  ReportsTable,
  ReportStatementsTable,
  ReportTargetsTable,
  ReportingCyclesTable,
} from './reports.table.ts';

// The report's queries: one organisation's cycles and statuses, its report of a year with its
// sections, targets, statement and amendments, and the two guarded writes (a section, the
// headline figures) that only land on the version they were opened at. Every read is a
// primary-key or indexed range of one organisation: reports_org_year, report_sections_pk,
// report_targets_org, report_targets_set_in, report_amendments_report.

type Db = Kysely<DB> | Transaction<DB>;

export type CycleRow = Selectable<ReportingCyclesTable>;
export type ReportRow = Selectable<ReportsTable>;
export type SectionRow = Selectable<ReportSectionsTable>;
export type TargetRow = Selectable<ReportTargetsTable>;
export type StatementRow = Selectable<ReportStatementsTable>;
export type AmendmentRow = Selectable<ReportAmendmentsTable>;

export const HEADLINE_COLUMNS = ['people_trained', 'people_reached', 'training_hours', 'devices'] as const;
export type HeadlineColumn = (typeof HEADLINE_COLUMNS)[number];
export type Headline = Record<HeadlineColumn, number | null>;

/** Every cycle, newest first: a handful, one a year. */
export function cycles(db: Db) {
  return db.selectFrom('reporting_cycles').selectAll().orderBy('year', 'desc').execute();
}

export function cycleOf(db: Db, year: number) {
  return db.selectFrom('reporting_cycles').selectAll().where('year', '=', year).executeTakeFirst();
}

/** The organisation's kept statuses, one per cycle it must report in. */
export function statusesOf(db: Db, orgId: string) {
  return db
    .selectFrom('reporting_statuses')
    .select(['year', 'status', 'since', 'after_deadline'])
    .where('org_id', '=', orgId)
    .execute();
}

/** The organisation's reports, one per year at most: their state for the list of cycles. */
export function reportsOf(db: Db, orgId: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'year', 'status', 'submitted_at'])
    .where('org_id', '=', orgId)
    .execute();
}

export function reportOf(db: Db, orgId: string, year: number) {
  return db.selectFrom('reports').selectAll().where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
}

export function sectionsOf(db: Db, reportId: string) {
  return db.selectFrom('report_sections').selectAll().where('report_id', '=', reportId).orderBy('commitment').execute();
}

export function sectionOf(db: Db, reportId: string, commitment: number) {
  return db
    .selectFrom('report_sections')
    .selectAll()
    .where('report_id', '=', reportId)
    .where('commitment', '=', commitment)
    .executeTakeFirst();
}

/** The targets this report sets for later years. */
export function targetsSetIn(db: Db, reportId: string) {
  return db
    .selectFrom('report_targets')
    .selectAll()
    .where('set_in_report_id', '=', reportId)
    .orderBy('target_year')
    .orderBy('id')
    .execute();
}

/** The organisation's targets due in `year`, set in earlier reports: the value reached goes in this one. */
export function targetsDueIn(db: Db, orgId: string, year: number) {
  return db
    .selectFrom('report_targets')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('target_year', '=', year)
    .orderBy('id')
    .execute();
}

export function statementOf(db: Db, reportId: string) {
  return db.selectFrom('report_statements').selectAll().where('report_id', '=', reportId).executeTakeFirst();
}

export function amendmentsOf(db: Db, reportId: string) {
  return db
    .selectFrom('report_amendments')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('made_at')
    .orderBy('id')
    .execute();
}

/**
 * Takes the report's row for a write while it is a draft: on PostgreSQL the row stays locked
 * until the transaction ends, so a submission at the same moment waits for this write or this
 * write sees the report submitted. False when the report is not a draft (frozen).
 */
export async function lockDraft(trx: Transaction<DB>, reportId: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('reports')
    .set({ updated_at: at })
    .where('id', '=', reportId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface SectionWrite {
  confirmed: number;
  correction: string;
  worked: string;
  hard: string;
}

/**
 * Saves a section only if nobody saved it since `opened` (its version then). False when the
 * version moved on: the caller shows both versions instead of overwriting.
 */
export async function updateSection(
  trx: Transaction<DB>,
  reportId: string,
  commitment: number,
  opened: number,
  values: SectionWrite & { updated_by: string; updated_at: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('report_sections')
    .set({ ...values, version: opened + 1 })
    .where('report_id', '=', reportId)
    .where('commitment', '=', commitment)
    .where('version', '=', opened)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Saves the headline figures only if nobody saved them since `opened`, as updateSection. */
export async function updateHeadline(
  trx: Transaction<DB>,
  reportId: string,
  opened: number,
  figures: Headline,
  by: string,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('reports')
    .set({ ...figures, headline_version: opened + 1, headline_updated_by: by, headline_updated_at: at, updated_at: at })
    .where('id', '=', reportId)
    .where('headline_version', '=', opened)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
