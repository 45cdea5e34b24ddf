import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from '../../../platform/search/search.ts';

// The directory's filter by reporting status (issue 10), kept as its other filters are (ADR 0008,
// ADR 0011): on the organisation row, in covering indexes, with counts the writes keep.
//
// - `report_year` and `report_status`: the organisation's status in the latest reporting cycle
//   that has opened for it (its newest `reporting_statuses` row that is not 'notOpen'); null when
//   it never had to report. The directory matches `report_year` = the latest cycle opened, so an
//   organisation not yet moved to a new cycle is simply not listed under it.
// - `organisation_report_counts`: how many organisations there are per reporting status and per
//   everything `organisation_counts` counts by, so a filtered page adds up a few rows.
//
// Both are kept by triggers, as `organisation_counts` is: whichever code writes a status (the
// reports feature's `keepStatus`, a seed, a restore), the directory follows in the same
// transaction, and no feature has to call another one.

/** The Belgian calendar year of a UTC ISO signing date, 0 when unsigned (as migration 0012 counts it). */
function yearOf(column: string): RawBuilder<number> {
  const c = sql.raw(column);
  return sql<number>`(case when ${c} is null then 0
    when ${c} >= substr(${c}, 1, 4) || '-12-31T23:00:00.000Z' then cast(substr(${c}, 1, 4) as integer) + 1
    else cast(substr(${c}, 1, 4) as integer) end)`;
}

const KEY = ['report_year', 'report_status', 'status', 'sector', 'region_bits', 'language_bits'] as const;

async function createCounts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation_report_counts')
    .addColumn('report_year', 'integer', (c) => c.notNull())
    .addColumn('report_status', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('region_bits', 'integer', (c) => c.notNull())
    .addColumn('language_bits', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_report_counts_pk', [...KEY, 'year'])
    .execute();
  if (isPostgres(db)) {
    // Statement-level, with transition tables, as migration 0012's: a bulk write counts once.
    const grouped = (rows: string) =>
      sql`select ${sql.raw(KEY.join(', '))}, ${yearOf('signed_at')} as year, count(*) as k
        from ${sql.raw(rows)} where report_year is not null group by 1, 2, 3, 4, 5, 6, 7`;
    const same = sql.raw(KEY.map((k) => `c.${k} = d.${k}`).join(' and '));
    const subtract = sql`update organisation_report_counts c set n = c.n - d.k from (${grouped('old_rows')}) d
      where ${same} and c.year = d.year;`;
    const add = sql`insert into organisation_report_counts (${sql.raw(KEY.join(', '))}, year, n)
      ${grouped('new_rows')}
      on conflict (${sql.raw(KEY.join(', '))}, year) do update set n = organisation_report_counts.n + excluded.n;`;
    for (const [op, body, referencing] of [
      ['insert', add, 'new table as new_rows'],
      ['update', sql`${subtract} ${add}`, 'old table as old_rows new table as new_rows'],
      ['delete', subtract, 'old table as old_rows'],
    ] as const) {
      await sql`create function ${sql.raw(`organisation_report_counts_${op}`)}() returns trigger language plpgsql as $$
        begin ${body} return null; end $$`.execute(db);
      await sql`create trigger ${sql.raw(`organisation_report_counts_${op}`)} after ${sql.raw(op)} on organisations
        referencing ${sql.raw(referencing)} for each statement
        execute function ${sql.raw(`organisation_report_counts_${op}`)}()`.execute(db);
    }
    return;
  }
  const keyOf = (row: 'new' | 'old') =>
    sql.join([...KEY.map((k) => sql.raw(`${row}.${k}`)), yearOf(`${row}.signed_at`)]);
  const match = (row: 'new' | 'old') =>
    sql.join([...KEY.map((k) => sql.raw(`${k} = ${row}.${k}`)), sql`year = ${yearOf(`${row}.signed_at`)}`], sql` and `);
  const add = sql`insert or ignore into organisation_report_counts values (${keyOf('new')}, 0);
    update organisation_report_counts set n = n + 1 where ${match('new')};`;
  const subtract = sql`update organisation_report_counts set n = n - 1 where ${match('old')};`;
  const columns = sql.raw([...KEY, 'signed_at'].join(', '));
  await sql`create trigger organisation_report_counts_insert after insert on organisations
    when new.report_year is not null begin ${add} end`.execute(db);
  await sql`create trigger organisation_report_counts_delete after delete on organisations
    when old.report_year is not null begin ${subtract} end`.execute(db);
  // An update leaves its old key and joins its new one: two triggers, each when it has that key.
  await sql`create trigger organisation_report_counts_leave after update of ${columns} on organisations
    when old.report_year is not null begin ${subtract} end`.execute(db);
  await sql`create trigger organisation_report_counts_join after update of ${columns} on organisations
    when new.report_year is not null begin ${add} end`.execute(db);
}

/** The newest status of the organisation `orgId` (an SQL expression) in a cycle that has opened. */
const latest = (column: 'year' | 'status', orgId: string) =>
  sql`(select s.${sql.raw(column)} from reporting_statuses s where s.org_id = ${sql.raw(orgId)}
    and s.status <> 'notOpen' order by s.year desc limit 1)`;

async function followStatuses(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    const follow = (rows: string) => sql`update organisations o set report_year = l.year, report_status = l.status
      from (select a.org_id, ${latest('year', 'a.org_id')} as year, ${latest('status', 'a.org_id')} as status
        from (select distinct org_id from ${sql.raw(rows)}) a) l
      where o.id = l.org_id and (o.report_year is distinct from l.year or o.report_status is distinct from l.status);`;
    for (const [op, body, referencing] of [
      ['insert', follow('new_rows'), 'new table as new_rows'],
      ['update', follow('new_rows'), 'new table as new_rows'],
      ['delete', follow('old_rows'), 'old table as old_rows'],
    ] as const) {
      await sql`create function ${sql.raw(`reporting_statuses_directory_${op}`)}() returns trigger language plpgsql as $$
        begin ${body} return null; end $$`.execute(db);
      await sql`create trigger ${sql.raw(`reporting_statuses_directory_${op}`)} after ${sql.raw(op)} on reporting_statuses
        referencing ${sql.raw(referencing)} for each statement
        execute function ${sql.raw(`reporting_statuses_directory_${op}`)}()`.execute(db);
    }
    return;
  }
  const follow = (orgId: string) => sql`update organisations set report_year = ${latest('year', orgId)},
    report_status = ${latest('status', orgId)} where id = ${sql.raw(orgId)};`;
  await sql`create trigger reporting_statuses_directory_insert after insert on reporting_statuses
    begin ${follow('new.org_id')} end`.execute(db);
  // The daily job rewrites a status unchanged every day: only a change moves the directory.
  await sql`create trigger reporting_statuses_directory_update after update of status on reporting_statuses
    when old.status is not new.status begin ${follow('new.org_id')} end`.execute(db);
  await sql`create trigger reporting_statuses_directory_delete after delete on reporting_statuses
    begin ${follow('old.org_id')} end`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organisations').addColumn('report_year', 'integer').execute();
  await db.schema.alterTable('organisations').addColumn('report_status', 'text').execute();
  // A filtered page reads one range of one of these, in its order, without visiting the table.
  await db.schema
    .createIndex('organisations_reporting_name')
    .on('organisations')
    .columns([...KEY.slice(0, 3), 'search_name', 'id', 'sector', 'signed_at', 'region_bits', 'language_bits'])
    .execute();
  await db.schema
    .createIndex('organisations_reporting_signed')
    .on('organisations')
    .columns([...KEY.slice(0, 3), 'signed_at', 'id', 'sector', 'region_bits', 'language_bits'])
    .execute();
  await createCounts(db);
  await followStatuses(db);
  // The statuses already kept: the triggers above count what this writes. (`id` is the row
  // updated: reporting_statuses has no column of that name.)
  await sql`update organisations set report_year = ${latest('year', 'id')},
    report_status = ${latest('status', 'id')}
    where id in (select org_id from reporting_statuses)`.execute(db);
}
