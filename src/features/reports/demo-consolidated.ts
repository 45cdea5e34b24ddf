import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages } from '../../platform/feature.ts';
import { MAX_YEARS, reportYears } from './service-consolidated.ts';

const YEAR_PAGE = '/:lang/reports/:year';
const PERIOD_PAGE = '/:lang/reports/:from-:to';

/**
 * The consolidated reports' parameters on the demo data, for their own routes only (other
 * reporting pages may want another year for `:year`): the newest year with a cycle, and the last
 * three years with cycles for the period. Without any cycle, both pages are a 404.
 */
export async function consolidatedDemoPages(db: Kysely<DB>): Promise<DemoPages> {
  const years = await reportYears(db);
  const newest = years[0]?.year;
  const oldest = years[years.length - 1]?.year;
  if (newest === undefined || oldest === undefined)
    return {
      routeParams: { [YEAR_PAGE]: { year: '2000' }, [PERIOD_PAGE]: { from: '2000', to: '2001' } },
      status: { [YEAR_PAGE]: 404, [PERIOD_PAGE]: 404 },
    };
  const from = Math.min(Math.max(oldest, newest - MAX_YEARS + 1), newest - 1);
  return {
    routeParams: {
      [YEAR_PAGE]: { year: String(newest) },
      [PERIOD_PAGE]: { from: String(from), to: String(newest) },
    },
  };
}
