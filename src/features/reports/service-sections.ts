import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { isAdmin } from '../organisations/service.ts';
import { headlineOf, sectionRead, type SectionRead } from './read.ts';
import * as repo from './repository-report.ts';

// Saving one section of a draft report, or its headline figures. Each section is its own row,
// so people editing different sections never touch each other. Two people editing the same one
// never silently overwrite each other: a save lands only on the version the form was opened at
// (ADR 0034); otherwise the page shows the other person's saved text beside what was typed,
// and saving again from there, with the new version, keeps what was typed on purpose.

export type SaveReason = 'notFound' | 'forbidden' | 'frozen' | 'conflict';

export interface SectionInput {
  confirmed: boolean;
  correction: string;
  worked: string;
  hard: string;
}

export interface HeadlineSaved {
  figures: repo.Headline;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

type Saved<T> = Outcome<T, SaveReason, { current?: T }>;

const conflict = <T>(current: T) => ({ ...fail('conflict' as const), current });

/** Saves a section opened at version `opened`, or answers with what someone else saved since. */
export async function saveSection(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  year: number,
  commitment: number,
  opened: number,
  input: SectionInput,
): Promise<Saved<SectionRead>> {
  return db.transaction().execute(async (trx): Promise<Saved<SectionRead>> => {
    const report = await repo.reportOf(trx, orgId, year);
    if (!report) return fail('notFound');
    const at = now();
    if (!(await repo.lockDraft(trx, report.id, at))) return fail('frozen');
    if (!(await isAdmin(trx, orgId, actor))) return fail('forbidden');
    const values = {
      confirmed: input.confirmed && input.correction === '' ? 1 : 0,
      correction: input.correction,
      worked: input.worked,
      hard: input.hard,
    };
    const saved = await repo.updateSection(trx, report.id, commitment, opened, {
      ...values,
      updated_by: actor,
      updated_at: at,
    });
    const row = await repo.sectionOf(trx, report.id, commitment);
    if (!row) return fail('notFound');
    if (!saved) return conflict(sectionRead(row));
    await audit(trx, {
      actor,
      action: 'reports.section_saved',
      subjectType: 'report',
      subjectId: report.id,
      details: {
        orgId,
        year,
        commitment,
        version: opened + 1,
        confirmed: values.confirmed === 1,
        corrected: values.correction !== '',
      },
    });
    return ok(sectionRead(row));
  });
}

/** Saves the headline figures opened at version `opened`, or answers with what someone else saved since. */
export async function saveHeadline(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  year: number,
  opened: number,
  figures: repo.Headline,
): Promise<Saved<HeadlineSaved>> {
  return db.transaction().execute(async (trx): Promise<Saved<HeadlineSaved>> => {
    const report = await repo.reportOf(trx, orgId, year);
    if (!report) return fail('notFound');
    const at = now();
    if (!(await repo.lockDraft(trx, report.id, at))) return fail('frozen');
    if (!(await isAdmin(trx, orgId, actor))) return fail('forbidden');
    const saved = await repo.updateHeadline(trx, report.id, opened, figures, actor, at);
    const row = (await repo.reportOf(trx, orgId, year))!;
    const current: HeadlineSaved = {
      figures: headlineOf(row),
      version: Number(row.headline_version),
      updatedBy: row.headline_updated_by,
      updatedAt: row.headline_updated_at,
    };
    if (!saved) return conflict(current);
    await audit(trx, {
      actor,
      action: 'reports.headline_saved',
      subjectType: 'report',
      subjectId: report.id,
      details: { orgId, year, version: opened + 1, ...figures },
    });
    return ok(current);
  });
}
