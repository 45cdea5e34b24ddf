// The results side's queries: a run and its answers by primary key, the peer counts of one
// sector and size band by primary-key prefix, the organisation's own latest levels, and the
// sharing and public-line switches. No query here reads more than one organisation's rows.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Sector, SizeBand } from '../organisations/vocabulary.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function runById(db: Db, runId: string) {
  return db.selectFrom('assessment_runs').selectAll().where('id', '=', runId).executeTakeFirst();
}

/** A run's answers (its scope), by the answers' primary-key prefix. */
export function answersOf(db: Db, runId: string) {
  return db
    .selectFrom('assessment_answers')
    .select(['dimension', 'audience', 'level', 'evidence', 'links', 'plan', 'file_name'])
    .where('run_id', '=', runId)
    .orderBy('dimension')
    .orderBy('audience')
    .execute();
}

/** How many organisations of one peer group stand at each level of these dimensions' cells. */
export async function peerCounts(db: Db, sector: Sector, sizeBand: SizeBand, dimensions: readonly string[]) {
  if (dimensions.length === 0) return [];
  return db
    .selectFrom('assessment_peer_counts')
    .select(['dimension', 'audience', 'level', 'organisations'])
    .where('sector', '=', sector)
    .where('size_band', '=', sizeBand)
    .where('dimension', 'in', [...new Set(dimensions)])
    .execute();
}

/** The organisation's own latest levels: what the peer counts hold for it (at most dimensions × audiences). */
export function latestOf(db: Db, orgId: string) {
  return db
    .selectFrom('assessment_latest')
    .select(['dimension', 'audience', 'level', 'sector', 'size_band'])
    .where('org_id', '=', orgId)
    .execute();
}

export function setShared(trx: Transaction<DB>, runId: string, at: string | null, by: string | null) {
  return trx.updateTable('assessment_runs').set({ shared_at: at, shared_by: by }).where('id', '=', runId).execute();
}

export function profileOf(db: Db, orgId: string) {
  return db.selectFrom('assessment_profiles').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** Sets the public line's switch, making the profile row if the organisation has none yet. */
export function setPublic(trx: Transaction<DB>, orgId: string, shown: boolean) {
  const value = shown ? 1 : 0;
  return trx
    .insertInto('assessment_profiles')
    .values({
      org_id: orgId,
      public: value,
      last_run_id: null,
      last_submitted_at: null,
      last_year: null,
      last_dimensions: 0,
      runs_submitted: 0,
      draft_run_id: null,
    })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ public: value }))
    .execute();
}
