import { sql, type Kysely, type RawBuilder } from 'kysely';
import { createSearchTables, defineSearchIndex, isPostgres, upsertDocuments } from '../../../platform/search/search.ts';

// Counts the writes maintain, and full-text search on organisations (ADR 0011).
//
// organisation_counts holds how many organisations there are per (status, sector, region bits,
// language bits, Belgian year of signing): a few hundred rows whatever the number of
// organisations. Triggers keep it right in the transaction of every write to `organisations`,
// whichever code path writes (services, seeds, a restore, a future feature). The directory, the
// API and the home page add up rows of this table instead of counting organisations.

/** The Belgian calendar year of a UTC ISO signing date (1 January starts at 23:00 UTC); 0 when unsigned. */
function yearOf(column: string): RawBuilder<number> {
  const c = sql.raw(column);
  return sql<number>`(case when ${c} is null then 0
    when ${c} >= substr(${c}, 1, 4) || '-12-31T23:00:00.000Z' then cast(substr(${c}, 1, 4) as integer) + 1
    else cast(substr(${c}, 1, 4) as integer) end)`;
}

const KEY = ['status', 'sector', 'region_bits', 'language_bits', 'year'] as const;

// The search index's definition as it was when this migration ran.
const ORGANISATIONS = defineSearchIndex('organisations', ['nl', 'fr', 'de', 'en']);

async function createCounts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation_counts')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('region_bits', 'integer', (c) => c.notNull())
    .addColumn('language_bits', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_counts_pk', [...KEY])
    .execute();
  const keyOf = (row: 'new' | 'old') =>
    sql.join([...KEY.slice(0, 4).map((k) => sql.raw(`${row}.${k}`)), yearOf(`${row}.signed_at`)]);
  const match = (row: 'new' | 'old') =>
    sql.join(
      [...KEY.slice(0, 4).map((k) => sql.raw(`${k} = ${row}.${k}`)), sql`year = ${yearOf(`${row}.signed_at`)}`],
      sql` and `,
    );
  if (isPostgres(db)) {
    // Statement-level triggers with transition tables: a bulk insert (a seed, a restore)
    // updates each counter once, not once per row.
    const grouped = (rows: string) =>
      sql`select status, sector, region_bits, language_bits, ${yearOf('signed_at')} as year, count(*) as k
        from ${sql.raw(rows)} group by 1, 2, 3, 4, 5`;
    const subtract = sql`update organisation_counts c set n = c.n - d.k from (${grouped('old_rows')}) d
      where c.status = d.status and c.sector = d.sector and c.region_bits = d.region_bits
        and c.language_bits = d.language_bits and c.year = d.year;`;
    const add = sql`insert into organisation_counts (status, sector, region_bits, language_bits, year, n)
      ${grouped('new_rows')}
      on conflict (status, sector, region_bits, language_bits, year) do update set n = organisation_counts.n + excluded.n;`;
    for (const [op, body, referencing] of [
      ['insert', add, 'new table as new_rows'],
      ['update', sql`${subtract} ${add}`, 'old table as old_rows new table as new_rows'],
      ['delete', subtract, 'old table as old_rows'],
    ] as const) {
      await sql`create function ${sql.raw(`organisation_counts_${op}`)}() returns trigger language plpgsql as $$
        begin ${body} return null; end $$`.execute(db);
      await sql`create trigger ${sql.raw(`organisation_counts_${op}`)} after ${sql.raw(op)} on organisations
        referencing ${sql.raw(referencing)} for each statement
        execute function ${sql.raw(`organisation_counts_${op}`)}()`.execute(db);
    }
  } else {
    const add = sql`insert or ignore into organisation_counts values (${keyOf('new')}, 0);
      update organisation_counts set n = n + 1 where ${match('new')};`;
    const subtract = sql`update organisation_counts set n = n - 1 where ${match('old')};`;
    await sql`create trigger organisation_counts_insert after insert on organisations begin ${add} end`.execute(db);
    await sql`create trigger organisation_counts_delete after delete on organisations begin ${subtract} end`.execute(
      db,
    );
    await sql`create trigger organisation_counts_update
      after update of status, sector, region_bits, language_bits, signed_at on organisations
      begin ${subtract} ${add} end`.execute(db);
  }
  await sql`insert into organisation_counts (status, sector, region_bits, language_bits, year, n)
    select status, sector, region_bits, language_bits, ${yearOf('signed_at')}, count(*) from organisations
    group by 1, 2, 3, 4, 5`.execute(db);
}

async function backfillSearch(db: Kysely<unknown>): Promise<void> {
  await createSearchTables(db, ORGANISATIONS);
  const { rows: orgs } = await sql<{
    id: string;
    legal_name: string;
  }>`select id, legal_name from organisations`.execute(db);
  const { rows: texts } = await sql<{ org_id: string; lang: string; text: string }>`
    select org_id, lang, text from organisation_descriptions`.execute(db);
  const byOrg = new Map<string, Record<string, string>>();
  for (const t of texts) byOrg.set(t.org_id, { ...byOrg.get(t.org_id), [t.lang]: t.text });
  await upsertDocuments(
    db,
    ORGANISATIONS,
    orgs.map((o) => ({ id: o.id, title: o.legal_name, texts: byOrg.get(o.id) ?? {} })),
  );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCounts(db);
  await backfillSearch(db);
}
