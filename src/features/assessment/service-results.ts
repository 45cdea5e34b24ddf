// A submitted run's results (issue 9): per cell in its scope, the level and its descriptor from
// the run's own framework version, the change since the previous submitted run, the next step
// and matching practices under GOOD_LEVEL, and the peer benchmark from the kept peer counts.
// Also the two switches an administrator has: share a run with the secretariat, and show the
// public line on the profile. Who may read is checked here, finer than the route's permission.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import type { Sector, SizeBand } from '../organisations/vocabulary.ts';
import { isAdmin, organisationSpace } from '../organisations/service.ts';
import { practicesForNeeds, type LibraryItem } from '../practices/service-library.ts';
import { AUDIENCES, dimensionOf, GOOD_LEVEL, type Audience } from './framework.ts';
import { frameworkByVersion } from './repository-frameworks.ts';
import * as repo from './repository-results.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import { ASSESSMENT_CONTENT } from './aggregates.ts';

export type Change = 'up' | 'down' | 'same' | 'new';

/** Fewer other organisations than this in a cell: the benchmark is not shown (none is identifiable). */
export const PEER_MINIMUM = 5;

/**
 * The other organisations of the peer group per level of a cell, 0 to 4, or why they are not
 * shown: fewer than PEER_MINIMUM (`tooFew`), or all at one level (`allAlike`), when the counts
 * would tell the reader each one's level, however many they are.
 */
export type PeerView =
  { shown: true; total: number; byLevel: number[] } | { shown: false; reason: 'tooFew' | 'allAlike' };

export interface ResultCell {
  dimension: string;
  audience: Audience;
  dimensionTitle: string;
  level: number;
  descriptor: string;
  previous: number | null;
  change: Change;
  evidence: string;
  links: string[];
  plan: string;
  /** Under GOOD_LEVEL: the next level's descriptor and up to three practices that match. */
  next: { level: number; descriptor: string; practices: LibraryItem[] } | null;
  /** The benchmark, or why it is hidden; null when not read (the CSV shows none). */
  peers: PeerView | null;
}

export type Viewer = 'admin' | 'member' | 'secretariat';

export interface RunResults {
  runId: string;
  orgId: string;
  orgName: string;
  frameworkVersion: number;
  submittedAt: string;
  previousSubmittedAt: string | null;
  sharedAt: string | null;
  cells: ResultCell[];
  viewer: Viewer;
  /** This run is the organisation's latest submitted one (the public line speaks of it). */
  latest: boolean;
  publicLine: boolean;
}

/** Who may read a run: its organisation's members, and the secretariat (second factor proven) while it is shared. */
export function readerOf(principal: Principal | null, orgId: string, sharedAt: string | null): Viewer | null {
  if (!principal) return null;
  const role = principal.memberships.find((m) => m.orgId === orgId)?.role;
  if (role) return role;
  if (principal.isSecretariat && principal.hasSecondFactor && principal.secondFactorAt && sharedAt)
    return 'secretariat';
  return null;
}

export function changeOf(level: number, previous: number | null): Change {
  if (previous === null) return 'new';
  return level > previous ? 'up' : level < previous ? 'down' : 'same';
}

/**
 * The benchmark of one cell: the peer group's counts minus the organisation's own latest level
 * when that level is counted in this group; hidden under PEER_MINIMUM others or when they all
 * gave the same level.
 */
export function peerViewOf(
  counts: readonly { dimension: string; audience: string; level: number; organisations: number }[],
  own: { level: number } | undefined,
  cell: { dimension: string; audience: string },
): PeerView {
  const byLevel = [0, 0, 0, 0, 0];
  for (const c of counts)
    if (c.dimension === cell.dimension && c.audience === cell.audience && byLevel[c.level] !== undefined)
      byLevel[c.level]! += Number(c.organisations);
  if (own && byLevel[own.level]! > 0) byLevel[own.level]! -= 1;
  const total = byLevel.reduce((a, b) => a + b, 0);
  if (total < PEER_MINIMUM) return { shown: false, reason: 'tooFew' };
  if (byLevel.includes(total)) return { shown: false, reason: 'allAlike' };
  return { shown: true, total, byLevel };
}

const cellKey = (c: { dimension: string; audience: string }) => `${c.dimension}\u0000${c.audience}`;

export type ResultsAnswer = { kind: 'results'; results: RunResults } | { kind: 'draft' } | { kind: 'notFound' };

/**
 * The peer benchmark of a run's cells: the kept counts of the organisation's sector and size band
 * for the run's dimensions, and its own latest levels where they are counted in that group.
 */
async function benchmarkOf(
  db: Kysely<DB>,
  org: { id: string; sector: Sector; size_band: SizeBand },
  dimensions: readonly string[],
): Promise<(cell: { dimension: string; audience: string }) => PeerView> {
  const [counts, latest] = await Promise.all([
    repo.peerCounts(db, org.sector, org.size_band, dimensions),
    repo.latestOf(db, org.id),
  ]);
  const own = new Map(
    latest.filter((l) => l.sector === org.sector && l.size_band === org.size_band).map((l) => [cellKey(l), l]),
  );
  return (cell) => peerViewOf(counts, own.get(cellKey(cell)), cell);
}

/**
 * How much a reader of the results gets: `full` for the page and the PDF; `levels` for the CSV,
 * which has no peer benchmark and no practices, so neither is read (every cell's `peers` is null
 * and its next step lists no practices).
 */
export type ResultsDetail = 'full' | 'levels';

/** A run's results for whoever asks, in `lang`; a draft sends its members to the check page. */
export async function runResults(
  db: Kysely<DB>,
  principal: Principal | null,
  orgId: string,
  runId: string,
  lang: Lang,
  detail: ResultsDetail = 'full',
): Promise<ResultsAnswer> {
  const run = await repo.runById(db, runId);
  if (!run || run.org_id !== orgId) return { kind: 'notFound' };
  const viewer = readerOf(principal, orgId, run.status === 'submitted' ? run.shared_at : null);
  if (!viewer) return { kind: 'notFound' };
  if (run.status === 'draft') return { kind: 'draft' };
  const [framework, space, answers, previousRun, profile] = await Promise.all([
    frameworkByVersion(db, run.framework_version),
    organisationSpace(db, orgId),
    repo.answersOf(db, runId),
    run.previous_run_id ? repo.runById(db, run.previous_run_id) : Promise.resolve(undefined),
    repo.profileOf(db, orgId),
  ]);
  if (!framework || !space) return { kind: 'notFound' };
  const full = detail === 'full';
  const [before, benchmark] = await Promise.all([
    previousRun ? repo.answersOf(db, previousRun.id) : Promise.resolve([]),
    full
      ? benchmarkOf(
          db,
          space.org,
          answers.map((a) => a.dimension),
        )
      : null,
  ]);
  const previous = new Map(before.map((a) => [cellKey(a), a.level]));

  const cells = answers.flatMap((a) => {
    const dimension = dimensionOf(framework, a.dimension);
    if (!dimension || a.level === null) return [];
    const levels = dimension.cells[a.audience].levels;
    const prev = previous.get(cellKey(a)) ?? null;
    const nextLevel = a.level < GOOD_LEVEL ? levels[a.level + 1] : undefined;
    return [
      {
        dimension: a.dimension,
        audience: a.audience,
        dimensionTitle: dimension.title[lang],
        level: a.level,
        descriptor: levels[a.level]?.descriptor[lang] ?? '',
        previous: prev,
        change: changeOf(a.level, prev),
        evidence: a.evidence,
        links: a.links
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
        plan: a.plan,
        next: nextLevel
          ? { level: a.level + 1, descriptor: nextLevel.descriptor[lang], practices: [] as LibraryItem[] }
          : null,
        peers: benchmark?.(a) ?? null,
      } satisfies ResultCell,
    ];
  });

  // In the framework's order of dimensions, then employees, customers, community.
  const order = (c: ResultCell) =>
    framework.content.dimensions.findIndex((d) => d.key === c.dimension) * 10 + AUDIENCES.indexOf(c.audience);
  cells.sort((a, b) => order(a) - order(b));

  if (full) {
    const needs = cells.flatMap((c) => {
      if (!c.next) return [];
      const d = dimensionOf(framework, c.dimension)!;
      return [{ key: cellKey(c), audience: c.audience, causes: d.causes, commitments: d.commitments }];
    });
    const practices = await practicesForNeeds(db, needs, lang, 3);
    for (const c of cells) if (c.next) c.next.practices = practices.get(cellKey(c)) ?? [];
  }

  return {
    kind: 'results',
    results: {
      runId,
      orgId,
      orgName: space.org.legal_name,
      frameworkVersion: run.framework_version,
      submittedAt: run.submitted_at ?? run.updated_at,
      previousSubmittedAt: previousRun?.submitted_at ?? null,
      sharedAt: run.shared_at,
      cells,
      viewer,
      latest: profile?.last_run_id === runId,
      publicLine: profile?.public === 1,
    },
  };
}

/** Shares a submitted run with the secretariat, or stops sharing it. Administrators only. */
export async function toggleSharing(
  db: Kysely<DB>,
  actorId: string,
  orgId: string,
  runId: string,
): Promise<Outcome<{ shared: boolean }, 'notFound'>> {
  return db.transaction().execute(async (trx) => {
    const run = await repo.runById(trx, runId);
    if (!run || run.org_id !== orgId || run.status !== 'submitted' || !(await isAdmin(trx, orgId, actorId)))
      return fail('notFound');
    const shared = run.shared_at === null;
    await repo.setShared(trx, runId, shared ? now() : null, shared ? actorId : null);
    const entry = { actor: actorId, subjectType: 'assessment_run', subjectId: runId, details: { orgId } };
    await audit(
      trx,
      shared ? { ...entry, action: 'assessment.run_shared' } : { ...entry, action: 'assessment.run_unshared' },
    );
    return ok({ shared });
  });
}

/** Shows or hides "self-assessed in YEAR, N dimensions" on the organisation's public profile. */
export async function togglePublicLine(
  db: Kysely<DB>,
  actorId: string,
  orgId: string,
): Promise<Outcome<{ shown: boolean }, 'notFound'>> {
  return db.transaction().execute(async (trx) => {
    if (!(await isAdmin(trx, orgId, actorId))) return fail('notFound');
    const shown = (await repo.profileOf(trx, orgId))?.public !== 1;
    await repo.setPublic(trx, orgId, shown);
    await contentChanged(trx, ASSESSMENT_CONTENT);
    const entry = { actor: actorId, subjectType: 'organisation', subjectId: orgId };
    await audit(
      trx,
      shown ? { ...entry, action: 'assessment.public_shown' } : { ...entry, action: 'assessment.public_hidden' },
    );
    return ok({ shown });
  });
}
