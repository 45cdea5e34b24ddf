import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import type { OrganisationRef } from '../organisations/service-registration.ts';
import type { CellKey, Framework } from './framework.ts';
import { frameworkByVersion, frameworkInForce } from './repository-frameworks.ts';
import * as repo from './repository-runs.ts';
import { writerRole, type Writer } from './service-access.ts';
import { peopleOf, type Person } from './service-editors.ts';
import type { ServiceDeps } from './draft.ts';

// What the run's pages read: the overview (draft, submitted runs a page at a time, the start
// form's framework and last scope, the editors), and one run with its framework and answers.

export const RUNS_PAGE_SIZE = 20;

const cursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeRunCursor(c: repo.RunCursor): string {
  return encodeCursor([c.at, c.id]);
}

/** A cursor from the address, or null for anything that is not one (the first page). */
export function decodeRunCursor(raw: unknown): repo.RunCursor | null {
  const values = decodeCursor(raw, cursorSchema);
  return values && { at: values[0], id: values[1] };
}

export interface DraftSummary {
  run: repo.RunRow;
  answered: number;
  inScope: number;
  /** The first dimension with a cell still without a level, in the framework's order; null when all have one. */
  continueAt: string | null;
}

export interface Overview {
  org: OrganisationRef;
  writer: Writer | null;
  draft: DraftSummary | null;
  runs: repo.RunRow[];
  next: string | null;
  /** The framework a new run would use; null while none is in force. */
  framework: Framework | null;
  /** The last submitted run's cells: the start form's first choice. */
  lastScope: CellKey[];
  /** For administrators: the members, to name editors. */
  people: Person[] | null;
  /** Whether the profile shows the public line; null before a first submission (nothing to show). */
  publicLine: boolean | null;
}

function firstOpen(framework: Framework | null, answers: readonly repo.AnswerRow[]): string | null {
  const open = new Set(answers.filter((a) => a.level === null).map((a) => a.dimension));
  if (open.size === 0) return null;
  return framework?.content.dimensions.find((d) => open.has(d.key))?.key ?? [...open].sort()[0]!;
}

export async function overviewOf(
  deps: ServiceDeps,
  orgId: string,
  userId: string,
  after: repo.RunCursor | null,
): Promise<Overview | null> {
  const org = (await organisationRefs(deps.db, [orgId])).get(orgId);
  if (!org) return null;
  const [writer, profile, rows, framework] = await Promise.all([
    writerRole(deps.db, orgId, userId),
    repo.profileOf(deps.db, orgId),
    repo.submittedRuns(deps.db, orgId, after, RUNS_PAGE_SIZE),
    frameworkInForce(deps.db),
  ]);
  const draftRun = profile?.draft_run_id ? await repo.runOf(deps.db, orgId, profile.draft_run_id) : undefined;
  const [draftAnswers, lastAnswers, people] = await Promise.all([
    draftRun ? repo.answersOf(deps.db, draftRun.id) : Promise.resolve([]),
    profile?.last_run_id ? repo.answersOf(deps.db, profile.last_run_id) : Promise.resolve([]),
    writer === 'admin' ? peopleOf(deps, orgId) : Promise.resolve(null),
  ]);
  const runs = rows.slice(0, RUNS_PAGE_SIZE);
  const last = runs.at(-1);
  return {
    org,
    writer,
    draft: draftRun
      ? {
          run: draftRun,
          answered: draftAnswers.filter((a) => a.level !== null).length,
          inScope: draftAnswers.length,
          continueAt: firstOpen(framework, draftAnswers),
        }
      : null,
    runs,
    next: rows.length > RUNS_PAGE_SIZE && last ? encodeRunCursor({ at: last.started_at, id: last.id }) : null,
    framework,
    lastScope: lastAnswers.map((a) => ({ dimension: a.dimension, audience: a.audience })),
    people,
    publicLine: profile?.last_run_id ? profile.public === 1 : null,
  };
}

export interface RunView {
  org: OrganisationRef;
  run: repo.RunRow;
  framework: Framework;
  answers: repo.AnswerRow[];
  writer: Writer | null;
}

/** A run of the organisation with the framework version it uses; null when there is none. */
export async function runView(
  deps: ServiceDeps,
  orgId: string,
  runId: string,
  userId: string,
): Promise<RunView | null> {
  const [run, refs, writer] = await Promise.all([
    repo.runOf(deps.db, orgId, runId),
    organisationRefs(deps.db, [orgId]),
    writerRole(deps.db, orgId, userId),
  ]);
  const org = refs.get(orgId);
  if (!run || !org) return null;
  const [framework, answers] = await Promise.all([
    frameworkByVersion(deps.db, run.framework_version),
    repo.answersOf(deps.db, runId),
  ]);
  return framework ? { org, run, framework, answers, writer } : null;
}
