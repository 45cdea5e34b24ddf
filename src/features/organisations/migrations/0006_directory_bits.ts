import { sql, type Kysely } from 'kysely';

// Regions and languages as bit sets on the organisation row, for the directory's filters
// (ADR 0008). The bit values are written out here, not imported: a migration must keep meaning
// what it meant when it ran.
const REGION_BITS = { brussels: 1, flanders: 2, wallonia: 4, german_community: 8 };
const LANGUAGE_BITS = { nl: 1, fr: 2, de: 4, en: 8 };

function bitsFrom(table: string, column: string, bits: Record<string, number>) {
  const cases = Object.entries(bits).map(([value, bit]) => sql`when ${value} then ${sql.lit(bit)}`);
  // Each (org, value) pair is unique, so a sum of distinct powers of two is their bitwise or.
  return sql`coalesce((select sum(case ${sql.ref(`t.${column}`)} ${sql.join(cases, sql` `)} else 0 end)
    from ${sql.table(table)} as t where t.org_id = organisations.id), 0)`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('region_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('organisations')
    .addColumn('language_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update organisations set
    region_bits = ${bitsFrom('organisation_regions', 'region', REGION_BITS)},
    language_bits = ${bitsFrom('organisation_languages', 'lang', LANGUAGE_BITS)}`.execute(db);

  // Every column a directory count or page reads is in the index it walks, so neither engine
  // has to visit the table: by name (with or without a filter) and by sector then name.
  const covered = ['id', 'sector', 'signed_at', 'region_bits', 'language_bits'];
  await db.schema.dropIndex('organisations_status_name').execute();
  await db.schema
    .createIndex('organisations_status_name')
    .on('organisations')
    .columns(['status', 'search_name', ...covered])
    .execute();
  await db.schema.dropIndex('organisations_status_sector').execute();
  await db.schema
    .createIndex('organisations_status_sector')
    .on('organisations')
    .columns(['status', 'sector', 'search_name', ...covered.filter((c) => c !== 'sector')])
    .execute();
}
