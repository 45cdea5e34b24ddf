import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { addMs, newId, now } from '../../platform/db/sql.ts';
import { newToken } from '../../platform/auth/tokens.ts';

const TARGETS = '/:lang/organisations/:orgId/reports/:year/targets';

/**
 * The page sweep's parameters for the targets, statement, submit and amend pages, on the demo
 * data: the organisation admin's draft report (the running cycle) and its latest submitted one,
 * a target set in the draft (one is added if the demo has none), and a live link for the
 * executive of the draft. The lead merges these with the editor's (`Feature.demoPages` is one
 * function per feature).
 */
export async function submitDemoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const orgId = people['org-admin'].memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const reports = await db.selectFrom('reports').select(['id', 'year', 'status']).where('org_id', '=', orgId).orderBy('year', 'desc').execute();
  const draft = reports.find((r) => r.status === 'draft');
  const submitted = reports.find((r) => r.status === 'submitted');
  if (!draft || !submitted) throw new Error('The demo admin’s organisation needs a draft report and a submitted one');
  let target = await db.selectFrom('report_targets').select('id').where('set_in_report_id', '=', draft.id).executeTakeFirst();
  if (!target) {
    const at = now();
    target = { id: newId() };
    await db
      .insertInto('report_targets')
      .values({
        id: target.id,
        org_id: orgId,
        set_in_report_id: draft.id,
        indicator: 'People who took a digital skills course',
        unit: 'people',
        direction: 'increase',
        base_year: draft.year,
        base_value: '120',
        target_year: draft.year + 2,
        target_value: '200',
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  // A live link for the executive: a fresh request replaces the draft's (not signed) statement.
  const link = newToken();
  const at = now();
  const request = {
    executive_name: 'An Demo',
    executive_email: 'executive@example.be',
    executive_role: 'Managing director',
    lang: 'en',
    token_hash: link.hash,
    expires_at: addMs(at, 24 * 3600_000),
    requested_by: people['org-admin'].userId,
    requested_at: at,
    text_hash: null,
    signed_name: null,
    signed_at: null,
  };
  await db
    .insertInto('report_statements')
    .values({ report_id: draft.id, ...request })
    .onConflict((oc) => oc.column('report_id').doUpdateSet(request))
    .execute();
  const draftYear = { year: String(draft.year) };
  return {
    params: { targetId: target.id },
    tokens: { '/:lang/reports/statements/:token': link.token },
    routeParams: {
      [TARGETS]: draftYear,
      [`${TARGETS}/:targetId`]: draftYear,
      '/:lang/organisations/:orgId/reports/:year/statement': draftYear,
      '/:lang/organisations/:orgId/reports/:year/submit': draftYear,
      '/:lang/organisations/:orgId/reports/:year/amend': { year: String(submitted.year) },
    },
  };
}
