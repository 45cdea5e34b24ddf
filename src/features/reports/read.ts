import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart } from '../../platform/feature.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { contactsOf } from '../accounts/service.ts';
import { commitments as charterCommitments, currentVersion, versionByNumber } from '../charter/service.ts';
import { progressOf, type Progress } from './progress.ts';
import * as repo from './repository-report.ts';

// The read model of one report: everything the editor's overview, the preview, the public page
// and the PDF show, read once in a handful of indexed queries (the report, its nine sections,
// the targets set in it and those due in its year, the statement, the amendments). Other parts
// of the feature (targets, statement, submission, amendments) reuse it.

export type Facts = CommitmentPart['done'];

export interface SectionRead {
  commitment: number;
  /** What the platform knew for the year when the report began (catalogue keys and values). */
  facts: Facts;
  confirmed: boolean;
  correction: string;
  worked: string;
  hard: string;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** What state a section is in, for the overview's tags: nothing yet, or what was done to it. */
export type SectionState = 'notLooked' | 'confirmed' | 'corrected' | 'narrative';

export function sectionStates(
  s: Pick<SectionRead, 'confirmed' | 'correction' | 'worked' | 'hard' | 'version'>,
): SectionState[] {
  const states: SectionState[] = [];
  if (s.correction !== '') states.push('corrected');
  else if (s.confirmed) states.push('confirmed');
  if (s.worked !== '' || s.hard !== '') states.push('narrative');
  return states.length > 0 ? states : ['notLooked'];
}

export interface TargetRead {
  id: string;
  indicator: string;
  unit: string;
  direction: repo.TargetRow['direction'];
  baseYear: number;
  baseValue: string;
  targetYear: number;
  targetValue: string;
  reachedValue: string | null;
}

export interface DueTarget extends TargetRead {
  /** Computed from the base and the value reached, with the inputs to show beside it. */
  progress: Progress;
}

export interface StatementRead {
  executiveName: string;
  executiveRole: string;
  requestedAt: string;
  signedName: string | null;
  signedAt: string | null;
  textHash: string | null;
}

export interface AmendmentRead {
  id: string;
  part: string;
  reason: string;
  before: string;
  after: string;
  madeAt: string;
}

export interface ReportRead {
  id: string;
  orgId: string;
  year: number;
  lang: string;
  status: repo.ReportRow['status'];
  private: boolean;
  submittedAt: string | null;
  headline: repo.Headline;
  headlineVersion: number;
  headlineUpdatedBy: string | null;
  headlineUpdatedAt: string | null;
  sections: SectionRead[];
  targetsSet: TargetRead[];
  targetsDue: DueTarget[];
  statement: StatementRead | null;
  amendments: AmendmentRead[];
}

/** The facts stored as JSON; a malformed snapshot shows as none rather than breaking the page. */
export function parseFacts(json: string): Facts {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((f): f is Facts[number] => typeof f?.key === 'string') : [];
  } catch {
    return [];
  }
}

export function sectionRead(row: repo.SectionRow): SectionRead {
  return {
    commitment: Number(row.commitment),
    facts: parseFacts(row.facts),
    confirmed: Number(row.confirmed) === 1,
    correction: row.correction,
    worked: row.worked,
    hard: row.hard,
    version: Number(row.version),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export const headlineOf = (row: repo.ReportRow): repo.Headline => ({
  people_trained: row.people_trained === null ? null : Number(row.people_trained),
  people_reached: row.people_reached === null ? null : Number(row.people_reached),
  training_hours: row.training_hours === null ? null : Number(row.training_hours),
  devices: row.devices === null ? null : Number(row.devices),
});

const targetRead = (r: repo.TargetRow): TargetRead => ({
  id: r.id,
  indicator: r.indicator,
  unit: r.unit,
  direction: r.direction,
  baseYear: Number(r.base_year),
  baseValue: r.base_value,
  targetYear: Number(r.target_year),
  targetValue: r.target_value,
  reachedValue: r.reached_value,
});

/** A due target's progress, the Open SDG way, from its base and the value reached (ADR 0030). */
export function dueTarget(t: TargetRead): DueTarget {
  const observations = [{ year: t.baseYear, value: Number(t.baseValue) }];
  if (t.reachedValue !== null) observations.push({ year: t.targetYear, value: Number(t.reachedValue) });
  const progress = progressOf({
    observations,
    direction: t.direction,
    target: { value: Number(t.targetValue), year: t.targetYear },
  });
  return { ...t, progress };
}

/** The whole report of an organisation for a year, or null when it has none. */
export async function readReport(db: Kysely<DB>, orgId: string, year: number): Promise<ReportRead | null> {
  const row = await repo.reportOf(db, orgId, year);
  if (!row) return null;
  const [sections, set, due, statement, amendments] = await Promise.all([
    repo.sectionsOf(db, row.id),
    repo.targetsSetIn(db, row.id),
    repo.targetsDueIn(db, orgId, year),
    repo.statementOf(db, row.id),
    repo.amendmentsOf(db, row.id),
  ]);
  return {
    id: row.id,
    orgId,
    year: Number(row.year),
    lang: row.lang,
    status: row.status,
    private: Number(row.private) === 1,
    submittedAt: row.submitted_at,
    headline: headlineOf(row),
    headlineVersion: Number(row.headline_version),
    headlineUpdatedBy: row.headline_updated_by,
    headlineUpdatedAt: row.headline_updated_at,
    sections: sections.map(sectionRead),
    targetsSet: set.map(targetRead),
    // Targets set in this very report for its own year are not "due" from an earlier one.
    targetsDue: due.filter((t) => t.set_in_report_id !== row.id).map((t) => dueTarget(targetRead(t))),
    statement: statement
      ? {
          executiveName: statement.executive_name,
          executiveRole: statement.executive_role,
          requestedAt: statement.requested_at,
          signedName: statement.signed_name,
          signedAt: statement.signed_at,
          textHash: statement.text_hash,
        }
      : null,
    amendments: amendments.map((a) => ({
      id: a.id,
      part: a.part,
      reason: a.reason,
      before: a.before,
      after: a.after,
      madeAt: a.made_at,
    })),
  };
}

/** People's names by id, one query (who saved a section last, for the organisation's own pages). */
export async function namesOf(db: Kysely<DB>, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  return new Map((await contactsOf(db, wanted)).map((c) => [c.id, c.name]));
}

/**
 * The nine commitments' short titles in `lang`, from the charter version the organisation
 * signed (else the one in force). A title the charter lacks is left out: the pages fall back
 * on the commitment's catalogue name.
 */
export async function commitmentTitles(
  db: Kysely<DB>,
  charterVersion: number | null,
  lang: Lang,
): Promise<Map<number, string>> {
  const version =
    (charterVersion !== null ? await versionByNumber(db, charterVersion) : null) ?? (await currentVersion(db));
  if (!version) return new Map();
  return new Map((await charterCommitments(db, version.id, lang)).map((c) => [c.number, c.shortTitle]));
}
