// What a submission keeps up to date, in its own transaction, so that no page ever counts runs:
// - `assessment_latest`: each organisation's latest level per cell (a cell left out of a later,
//   narrower run keeps its earlier level: progressive, as the charter says);
// - `assessment_peer_counts`: organisations per level, cell, sector and size band (the peer
//   benchmark reads it, and the secretariat's totals sum it);
// - `assessment_profiles` and `assessment_year_counts`: the public line and yearly totals.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import type { Sector, SizeBand } from '../organisations/vocabulary.ts';
import type { Audience } from './framework.ts';

export interface SubmittedCell {
  dimension: string;
  audience: Audience;
  level: number;
}

export interface Submission {
  orgId: string;
  runId: string;
  year: number;
  submittedAt: string;
  sector: Sector;
  sizeBand: SizeBand;
  /** Every answered cell of the run (a submitted run has a level in every cell). */
  cells: SubmittedCell[];
}

/** One row of `assessment_peer_counts`: a level of a cell in a sector and size band. */
type PeerKey = { sector: Sector; size_band: SizeBand; dimension: string; audience: Audience; level: number };

async function movePeerCount(trx: Transaction<DB>, key: PeerKey, by: number): Promise<void> {
  await trx
    .insertInto('assessment_peer_counts')
    .values({ ...key, organisations: Math.max(by, 0) })
    .onConflict((oc) =>
      oc
        .columns(['sector', 'size_band', 'dimension', 'audience', 'level'])
        .doUpdateSet({ organisations: sql`assessment_peer_counts.organisations + ${by}` }),
    )
    .execute();
}

/** Where a row of `assessment_latest` is counted. */
const peerKeyOf = (r: PeerKey): PeerKey => ({
  sector: r.sector,
  size_band: r.size_band,
  dimension: r.dimension,
  audience: r.audience,
  level: r.level,
});

/**
 * A write's changes to the peer counts, netted per row and applied in the rows' key order: two
 * submissions at once then lock the rows they share in the same order, and PostgreSQL never has
 * to break a deadlock between them.
 */
class PeerMoves {
  private readonly byKey = new Map<string, { key: PeerKey; by: number }>();

  add(key: PeerKey, by: 1 | -1): void {
    const name = [key.sector, key.size_band, key.dimension, key.audience, key.level].join('\u0000');
    const move = this.byKey.get(name) ?? { key, by: 0 };
    move.by += by;
    this.byKey.set(name, move);
  }

  async apply(trx: Transaction<DB>): Promise<void> {
    for (const name of [...this.byKey.keys()].sort()) {
      const { key, by } = this.byKey.get(name)!;
      if (by !== 0) await movePeerCount(trx, key, by);
    }
  }
}

/**
 * The content name of what a signatory's profile shows of the self-assessment (its public line,
 * ADR 0022): a submission and the public line's switch move it.
 */
export const ASSESSMENT_CONTENT = 'assessment';

/** Moves the latest levels and every count for one submitted run. Call it once, inside submit. */
export async function recordSubmission(trx: Transaction<DB>, s: Submission): Promise<void> {
  await contentChanged(trx, ASSESSMENT_CONTENT);
  const earlier = await trx.selectFrom('assessment_latest').selectAll().where('org_id', '=', s.orgId).execute();
  const before = new Map(earlier.map((r) => [`${r.dimension}\u0000${r.audience}`, r]));
  const moves = new PeerMoves();
  for (const cell of s.cells) {
    const old = before.get(`${cell.dimension}\u0000${cell.audience}`);
    if (old) moves.add(peerKeyOf(old), -1);
    moves.add(
      {
        sector: s.sector,
        size_band: s.sizeBand,
        dimension: cell.dimension,
        audience: cell.audience,
        level: cell.level,
      },
      1,
    );
    await trx
      .insertInto('assessment_latest')
      .values({
        org_id: s.orgId,
        dimension: cell.dimension,
        audience: cell.audience,
        level: cell.level,
        sector: s.sector,
        size_band: s.sizeBand,
        run_id: s.runId,
      })
      .onConflict((oc) =>
        oc
          .columns(['org_id', 'dimension', 'audience'])
          .doUpdateSet({ level: cell.level, sector: s.sector, size_band: s.sizeBand, run_id: s.runId }),
      )
      .execute();
  }
  await moves.apply(trx);

  const dimensions = new Set(s.cells.map((c) => c.dimension)).size;
  const profile = await trx
    .selectFrom('assessment_profiles')
    .select(['last_year'])
    .where('org_id', '=', s.orgId)
    .executeTakeFirst();
  const firstThisYear = profile?.last_year !== s.year;
  await trx
    .insertInto('assessment_profiles')
    .values({
      org_id: s.orgId,
      public: 0,
      last_run_id: s.runId,
      last_submitted_at: s.submittedAt,
      last_year: s.year,
      last_dimensions: dimensions,
      runs_submitted: 1,
      draft_run_id: null,
    })
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({
        last_run_id: s.runId,
        last_submitted_at: s.submittedAt,
        last_year: s.year,
        last_dimensions: dimensions,
        runs_submitted: sql`assessment_profiles.runs_submitted + 1`,
        draft_run_id: null,
      }),
    )
    .execute();
  await trx
    .insertInto('assessment_year_counts')
    .values({ year: s.year, runs: 1, organisations: firstThisYear ? 1 : 0 })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({
        runs: sql`assessment_year_counts.runs + 1`,
        organisations: sql`assessment_year_counts.organisations + ${firstThisYear ? 1 : 0}`,
      }),
    )
    .execute();
}

/**
 * An organisation's sector or size band changed: its latest levels move to its new peer group.
 * Bounded by its own cells (at most dimensions × audiences rows).
 */
export async function moveToPeerGroup(
  trx: Transaction<DB>,
  orgId: string,
  sector: Sector,
  sizeBand: SizeBand,
): Promise<void> {
  const rows = await trx.selectFrom('assessment_latest').selectAll().where('org_id', '=', orgId).execute();
  const moves = new PeerMoves();
  for (const r of rows) {
    if (r.sector === sector && r.size_band === sizeBand) continue;
    moves.add(peerKeyOf(r), -1);
    moves.add({ sector, size_band: sizeBand, dimension: r.dimension, audience: r.audience, level: r.level }, 1);
  }
  await moves.apply(trx);
  await trx.updateTable('assessment_latest').set({ sector, size_band: sizeBand }).where('org_id', '=', orgId).execute();
}
