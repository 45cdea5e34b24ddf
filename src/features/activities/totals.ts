import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import type { ActivitiesTable, ActivityTotalsTable } from './activities.table.ts';
import { fromBits, type Visibility } from './vocabulary.ts';

// The totals the pages read, kept by the writes in their own transaction (ADR 0024): per
// organisation, year, commitment and visibility. An activity adds itself once under each of its
// commitments and once under commitment 0 (every activity once). An edit takes the old row's
// share out and puts the new one's in, so a change of year, visibility, commitments or figures
// moves exactly what it should; a total that falls to no activity is removed. After a restore
// the totals are rebuilt from the rows.

type Db = Kysely<DB> | Transaction<DB>;

export type CountedRow = Pick<
  ActivitiesTable,
  'org_id' | 'year' | 'commitment_bits' | 'visibility' | 'kind' | 'people_reached' | 'minutes_per_person'
>;

/** One total's change: a row of `activity_totals` whose figures are added to the kept ones. */
type Share = ActivityTotalsTable;

/** Person-minutes of a training (people × minutes per person); nothing for other kinds. */
export const trainingMinutesOf = (row: Pick<CountedRow, 'kind' | 'people_reached' | 'minutes_per_person'>) =>
  row.kind === 'training' ? Number(row.people_reached) * Number(row.minutes_per_person ?? 0) : 0;

/** What one activity adds to the totals (`sign` -1 takes it out). */
export function sharesOf(row: CountedRow | undefined, sign: 1 | -1): Share[] {
  if (!row) return [];
  const commitments = [0, ...fromBits('commitment', Number(row.commitment_bits)).map(Number)];
  return commitments.map((commitment) => ({
    org_id: row.org_id,
    year: Number(row.year),
    commitment,
    visibility: row.visibility,
    entries: sign,
    people: sign * Number(row.people_reached),
    training_minutes: sign * trainingMinutesOf(row),
  }));
}

const keyOf = (s: Share) => `${s.org_id}\u0000${s.year}\u0000${s.commitment}\u0000${s.visibility}`;

/** Sums shares by total, leaving out those that change nothing. */
function net(shares: Share[]): Share[] {
  const sums = new Map<string, Share>();
  for (const s of shares) {
    const sum = sums.get(keyOf(s));
    if (!sum) sums.set(keyOf(s), { ...s });
    else {
      sum.entries += s.entries;
      sum.people += s.people;
      sum.training_minutes += s.training_minutes;
    }
  }
  return [...sums.values()].filter((s) => s.entries !== 0 || s.people !== 0 || s.training_minutes !== 0);
}

/**
 * The content name of what the totals show to the public (a signatory's profile, ADR 0022):
 * every write of the log goes through `apply`, which moves it.
 */
export const ACTIVITIES_CONTENT = 'activities';

async function apply(db: Db, shares: Share[]): Promise<void> {
  const changes = net(shares);
  if (changes.length > 0) await contentChanged(db, ACTIVITIES_CONTENT);
  for (const s of changes) {
    await db
      .insertInto('activity_totals')
      .values(s)
      .onConflict((oc) =>
        oc.columns(['org_id', 'year', 'commitment', 'visibility']).doUpdateSet({
          entries: sql`activity_totals.entries + ${s.entries}`,
          people: sql`activity_totals.people + ${s.people}`,
          training_minutes: sql`activity_totals.training_minutes + ${s.training_minutes}`,
        }),
      )
      .execute();
    if (s.entries < 0)
      await db
        .deleteFrom('activity_totals')
        .where('org_id', '=', s.org_id)
        .where('year', '=', s.year)
        .where('commitment', '=', s.commitment)
        .where('visibility', '=', s.visibility)
        .where('entries', '<=', 0)
        .execute();
  }
}

/** Moves the totals from what `before` added to what `after` adds (either may be missing). */
export async function moveTotals(db: Db, before: CountedRow | undefined, after: CountedRow | undefined): Promise<void> {
  await apply(db, [...sharesOf(before, -1), ...sharesOf(after, 1)]);
}

/** Adds many activities at once (the demo and the scale seed): one statement per total. */
export async function addTotalsOf(db: Db, rows: readonly CountedRow[]): Promise<void> {
  await apply(
    db,
    rows.flatMap((r) => sharesOf(r, 1)),
  );
}

const COUNTED = [
  'id',
  'org_id',
  'year',
  'commitment_bits',
  'visibility',
  'kind',
  'people_reached',
  'minutes_per_person',
] as const;

/** Every total anew from the rows (after a restore, which writes the rows only). */
export async function rebuildTotals(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('activity_totals').execute();
  let after = '';
  for (;;) {
    const rows = await trx
      .selectFrom('activities')
      .select(COUNTED)
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    await addTotalsOf(trx, rows);
    after = rows[rows.length - 1]!.id;
  }
}

export interface Totals {
  entries: number;
  people: number;
  trainingMinutes: number;
}

/**
 * The kept totals of one organisation for some years, per year and commitment (0: all), summed
 * over the visibilities asked for: both for its members and the secretariat, public for everyone.
 */
export async function keptTotals(
  db: Db,
  orgId: string,
  years: readonly number[],
  visibilities: readonly Visibility[],
): Promise<Map<string, Totals>> {
  if (years.length === 0) return new Map();
  const rows = await db
    .selectFrom('activity_totals')
    .select(['year', 'commitment', 'entries', 'people', 'training_minutes'])
    .where('org_id', '=', orgId)
    .where('year', 'in', [...years])
    .where('visibility', 'in', [...visibilities])
    .execute();
  const totals = new Map<string, Totals>();
  for (const r of rows) {
    const key = totalKey(Number(r.year), Number(r.commitment));
    const sum = totals.get(key) ?? { entries: 0, people: 0, trainingMinutes: 0 };
    sum.entries += Number(r.entries);
    sum.people += Number(r.people);
    sum.trainingMinutes += Number(r.training_minutes);
    totals.set(key, sum);
  }
  return totals;
}

export const totalKey = (year: number, commitment: number) => `${year}:${commitment}`;
