import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import { invalid, ok, type Outcome } from '../../platform/outcome.ts';
import { REPORTS_CONTENT } from './content.ts';
import { reportToChange, reportToRead } from './report-access.ts';
import * as repo from './repository-amend.ts';
import { reportOf } from './repository-submit.ts';
import { addToTotals, difference, HEADLINE, scopesOf, storedContribution, type Headline } from './totals.ts';

// A correction after submitting is an amendment: the part changed (the headline figures or one
// commitment's section), a reason, and both versions as JSON. The report shows the new content,
// the amendments keep the original, and the totals move by the difference.

export const PARTS = ['headline', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type Part = (typeof PARTS)[number];

export interface AmendInput {
  part: Part;
  reason: string;
  headline: Headline;
  /** A section's words; whether it was confirmed stays as it was. */
  section: Omit<repo.SectionText, 'confirmed'>;
}

/** What the amend page shows: the report, the part's current content, the amendments so far. */
export async function amendView(db: Kysely<DB>, orgId: string, year: number, part: Part | null) {
  const report = await reportToRead(db, orgId, year);
  if (!report) return null;
  const [amendments, section] = await Promise.all([
    repo.amendmentsOf(db, report.id),
    part && part !== 'headline' ? repo.sectionText(db, report.id, Number(part)) : Promise.resolve(undefined),
  ]);
  const headline = Object.fromEntries(HEADLINE.map((f) => [f, report[f]])) as Headline;
  return { report, amendments, headline, section: section ?? null };
}
export type AmendView = NonNullable<Awaited<ReturnType<typeof amendView>>>;

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export async function amendReport(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  year: number,
  input: AmendInput,
): Promise<Outcome<null, 'notFound' | 'forbidden' | 'invalid'>> {
  return db.transaction().execute(async (trx) => {
    const found = await reportToChange(trx, actor, orgId, year, 'submitted');
    if (!found.ok) return found;
    const report = found.report;
    const at = now();
    let before: object;
    let after: object;
    const contributionBefore = await storedContribution(trx, report);
    if (input.part === 'headline') {
      before = Object.fromEntries(HEADLINE.map((f) => [f, report[f]]));
      after = input.headline;
      if (same(before, after)) return { ...invalid({ _form: 'reports.amend.error.unchanged' }), error: 'invalid' as const };
      await repo.setHeadline(trx, report.id, input.headline, at);
    } else {
      const commitment = Number(input.part);
      const current = await repo.sectionText(trx, report.id, commitment);
      if (!current) return { ok: false as const, errors: {}, error: 'notFound' as const };
      before = current;
      const text = { confirmed: current.confirmed, ...input.section };
      after = text;
      if (same(before, after)) return { ...invalid({ _form: 'reports.amend.error.unchanged' }), error: 'invalid' as const };
      await repo.setSection(trx, report.id, commitment, text, actor, at);
    }
    const id = newId();
    await repo.insertAmendment(trx, {
      id,
      report_id: report.id,
      part: input.part,
      reason: input.reason,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      made_by: actor,
      made_at: at,
    });
    const updated = await reportOf(trx, orgId, year);
    const scopes = await scopesOf(trx, orgId);
    if (scopes && updated) await addToTotals(trx, year, scopes, difference(await storedContribution(trx, updated), contributionBefore));
    await contentChanged(trx, REPORTS_CONTENT);
    await audit(trx, {
      actor,
      action: 'reports.amended',
      subjectType: 'report',
      subjectId: report.id,
      details: { amendmentId: id, part: input.part, reason: input.reason },
    });
    return ok(null);
  });
}
