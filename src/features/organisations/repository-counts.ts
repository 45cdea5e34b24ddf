import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { OrgStatus, Region, Sector } from './organisations.table.ts';
import { LANGUAGE_BITS, REGION_BITS } from './tag-bits.ts';

// Counts read from organisation_counts, which triggers keep in step with every write to
// `organisations` (migration 0012, ADR 0011): a sum over a few hundred rows, however many
// organisations there are, instead of counting the organisations on each request.

type Db = Kysely<DB> | Transaction<DB>;

/** How many organisations are signatories now (withdrawn ones are not counted). */
export async function countSignatories(db: Db): Promise<number> {
  const row = await db
    .selectFrom('organisation_counts')
    .select(sql<number>`coalesce(sum(n), 0)`.as('n'))
    .where('status', '=', 'signatory')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What the maintained counts can answer: the directory's filters without the name search. */
export interface CountedFilter {
  sector: Sector | null;
  region: Region | null;
  language: Lang | null;
  /** A calendar year in Belgian time. */
  year: number | null;
  /** A status in a reporting cycle: counted from `organisation_report_counts` (migration 0041). */
  reporting?: { year: number; status: string } | null;
}

/** How many organisations of these statuses match the filter; the name search (q) is not counted here. */
export async function countFiltered(
  db: Db,
  statuses: OrgStatus[],
  filter: CountedFilter,
): Promise<number> {
  // The same columns in both tables; the reporting status's table only holds organisations that have one.
  const from = (filter.reporting ? 'organisation_report_counts as c' : 'organisation_counts as c') as 'organisation_counts as c';
  const row = await db
    .selectFrom(from)
    .select(sql<number>`coalesce(sum(c.n), 0)`.as('n'))
    .where((eb) => {
      const parts: Expression<SqlBool>[] = [eb('c.status', 'in', statuses)];
      if (filter.reporting) {
        parts.push(
          sql<SqlBool>`${sql.ref('c.report_year')} = ${filter.reporting.year}`,
          sql<SqlBool>`${sql.ref('c.report_status')} = ${filter.reporting.status}`,
        );
      }
      if (filter.sector) parts.push(eb('c.sector', '=', filter.sector));
      if (filter.region) parts.push(sql<SqlBool>`(${sql.ref('c.region_bits')} & ${REGION_BITS[filter.region]}) <> 0`);
      if (filter.language) {
        parts.push(sql<SqlBool>`(${sql.ref('c.language_bits')} & ${LANGUAGE_BITS[filter.language]}) <> 0`);
      }
      if (filter.year !== null) parts.push(eb('c.year', '=', filter.year));
      return eb.and(parts);
    })
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The Belgian years in which organisations of these statuses signed, oldest first. */
export async function yearsWithSignatures(db: Db, statuses: OrgStatus[]): Promise<number[]> {
  if (statuses.length === 0) return [];
  const rows = await db
    .selectFrom('organisation_counts')
    .select('year')
    .distinct()
    .where('status', 'in', statuses)
    .where('year', '>', 0)
    .where('n', '>', 0)
    .orderBy('year')
    .execute();
  return rows.map((r) => Number(r.year));
}
