import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages } from '../../platform/feature.ts';
import { MAX_YEARS, reportYears } from './service-consolidated.ts';

/**
 * The consolidated reports' parameters on the demo data: the newest year with a cycle for
 * `year` (its page, spreadsheet and PDF), and the last three years with cycles for `from`–`to`.
 * With no cycle at all (a database without the demo's cycles), the pages are a 404.
 */
export async function consolidatedDemoPages(db: Kysely<DB>): Promise<DemoPages> {
  const years = await reportYears(db);
  const newest = years[0]?.year;
  const oldest = years[years.length - 1]?.year;
  if (newest === undefined || oldest === undefined)
    return {
      params: { year: '2000', from: '2000', to: '2001' },
      status: { '/:lang/reports/:year': 404, '/:lang/reports/:from-:to': 404 },
    };
  const from = Math.min(Math.max(oldest, newest - MAX_YEARS + 1), newest - 1);
  return { params: { year: String(newest), from: String(from), to: String(newest) } };
}
