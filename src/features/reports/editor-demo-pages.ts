import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { publicOrganisationById } from '../organisations/service-directory.ts';

// Where the page sweep opens the editor's pages on the demo data: the demo administrator's
// organisation's report in the running cycle (a draft), its section 1, and a signatory's
// submitted public report for the public page. Merged into the feature's `demoPages`.

export async function editorDemoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const orgId = people['org-admin'].memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const draft = await db
    .selectFrom('reports')
    .select('year')
    .where('org_id', '=', orgId)
    .where('status', '=', 'draft')
    .orderBy('year', 'desc')
    .executeTakeFirst();
  if (!draft) throw new Error('The demo admin’s organisation has no report in progress');
  const submitted = await db
    .selectFrom('reports')
    .select(['org_id', 'year'])
    .where('status', '=', 'submitted')
    .where('private', '=', 0)
    .orderBy('year', 'desc')
    .orderBy('org_id')
    .limit(20)
    .execute();
  const orgs = await Promise.all(submitted.map((r) => publicOrganisationById(db, r.org_id)));
  const at = orgs.findIndex((o) => o !== undefined);
  if (at < 0) throw new Error('The demo has no submitted public report');
  const published = { slug: orgs[at]!.slug, year: submitted[at]!.year };
  const year = String(draft.year);
  const mine = { year };
  return {
    params: { commitment: '1' },
    routeParams: {
      '/:lang/organisations/:orgId/reports/:year': mine,
      '/:lang/organisations/:orgId/reports/:year/sections/:commitment': mine,
      '/:lang/organisations/:orgId/reports/:year/headline': mine,
      '/:lang/organisations/:orgId/reports/:year/preview': mine,
      '/:lang/signatories/:slug/reports/:year': { slug: published.slug, year: String(published.year) },
    },
  };
}
