import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { consolidatedDemoPages } from './demo-consolidated.ts';
import { editorDemoPages } from './editor-demo-pages.ts';
import type { DB } from '../../platform/db/schema.ts';
import { newId } from '../../platform/db/sql.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { secretariatContacts } from '../accounts/service.ts';
import { signatoriesByName, tagsOf } from '../organisations/service-directory.ts';
import { administratorsOf } from '../organisations/service-registration.ts';
import { belgianToday } from './clock.ts';
import { addDays } from './daily.ts';
import { AMENDMENT_REASON, HARD, TARGET_INDICATOR, WORKED } from './demo-texts.ts';
import { keepStatus } from './kept.ts';
import { defaultsFor } from './pages/secretariat/schema.ts';
import {
  addToTotals,
  insertReports,
  insertTargets,
  seedCycles,
  type SeedReport,
  type SeedSection,
} from './seed-reports.ts';
import { openCycle } from './service-cycles.ts';

// The reports' demo (`seed --demo`), in years counted back from this one: the two years before
// last are closed cycles in which most signatories reported on time, one reported late and one
// is not reporting; last year's cycle is open now, with reports in progress. The demo admin's
// organisation reported both closed years (with a target set, then reached, a signed statement
// and an amendment) and is writing last year's report.

const DEMO_ADMIN_ORG = 'Digitaal Samen vzw';

/** A stable pseudo-random number from a few integers: the demo is the same on every run. */
const mix = (...n: number[]) => n.reduce((h, x) => Math.imul(h ^ (x + 0x9e3779b9), 0x85ebca6b) >>> 0, 17) % 1000;

const at = (day: string, hour = 10) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** What the platform knew for a commitment, as the report's prefilled facts (catalogue keys). */
function factsFor(commitment: number, i: number): string {
  const n = 1 + (mix(i, commitment) % 6);
  const lines: Record<number, { key: string; values: Record<string, number> }[]> = {
    1: [
      { key: 'practices.commitments.shared', values: { count: n % 3 } },
      { key: 'practices.commitments.adopted', values: { count: n } },
    ],
    2: [{ key: 'obstacles.commitments.reported', values: { count: n % 2 } }],
    4: [{ key: 'activities.commitments.entries', values: { count: n * 3, people: n * 40 } }],
    5: [{ key: 'activities.commitments.training', values: { hours: n * 25 } }],
    6: [{ key: 'campaigns.commitment.supported', values: { count: n % 3 } }],
  };
  return JSON.stringify((lines[commitment] ?? []).filter((l) => Object.values(l.values).every((v) => v > 0)));
}

function sectionsFor(i: number, lang: string, draft: boolean): SeedSection[] {
  const worked = WORKED[lang] ?? WORKED.en!;
  const hard = HARD[lang] ?? HARD.en!;
  return Array.from({ length: 9 }, (_, k) => {
    const c = k + 1;
    // A draft has its first sections written; a submitted report says something for most.
    const writes = draft ? c <= 3 : mix(i, c, 3) % 4 !== 0;
    return {
      commitment: c,
      facts: factsFor(c, i),
      worked: writes ? worked[mix(i, c) % worked.length]! : '',
      hard: writes ? hard[mix(c, i) % hard.length]! : '',
    };
  });
}

const figuresFor = (i: number, year: number) => {
  const n = 1 + (mix(i, year) % 9);
  return { people_trained: n * 12, people_reached: n * 70, training_hours: n * 30, devices: n % 4 === 0 ? 0 : n * 2 };
};

interface DemoOrg {
  id: string;
  name: string;
  signedAt: string;
  sector: string;
  regions: string[];
  lang: string;
  adminId: string;
}

async function demoOrganisations(db: Kysely<DB>): Promise<DemoOrg[]> {
  const signatories = await signatoriesByName(db);
  const ids = signatories.map((o) => o.id);
  const [tags, admins] = await Promise.all([tagsOf(db, ids), administratorsOf(db, ids)]);
  const adminOf = new Map(admins.map((a) => [a.orgId, a.userId]));
  return signatories.flatMap((o) => {
    const adminId = adminOf.get(o.id);
    if (!adminId || !o.signed_at) return [];
    const lang = tags.languages.get(o.id)?.[0] ?? 'nl';
    return [
      {
        id: o.id,
        name: o.legal_name,
        signedAt: o.signed_at,
        sector: o.sector,
        regions: tags.regions.get(o.id) ?? [],
        lang,
        adminId,
      },
    ];
  });
}

export async function demo(db: Kysely<DB>): Promise<void> {
  const secretariat = (await secretariatContacts(db))[0];
  if (!secretariat) return;
  const today = belgianToday();
  const cycles = seedCycles(today);
  for (const { year, days } of cycles)
    await openCycle(
      db,
      secretariat.id,
      { year, opensOn: days.opensOn, dueOn: days.dueOn, graceUntil: days.graceUntil, reminders: days.offsets },
      today,
    );
  const closed = cycles.filter((c) => c.closed).map((c) => c.year);
  const running = cycles.find((c) => !c.closed)!;
  const orgs = await demoOrganisations(db);
  await db.transaction().execute(async (trx) => {
    const reportIds = new Map<string, string>();
    for (const year of closed) await closedCycle(trx, orgs, year, today, reportIds);
    await runningCycle(trx, orgs, running.year, running.days.opensOn, today);
    await ownExtras(trx, orgs, closed, reportIds);
  });
}

/** A closed cycle: everyone required reported on time, except one late and one not reporting. */
async function closedCycle(
  trx: Transaction<DB>,
  orgs: readonly DemoOrg[],
  year: number,
  today: string,
  reportIds: Map<string, string>,
): Promise<void> {
  const d = defaultsFor(year);
  const required = orgs.filter((o) => o.signedAt < `${year - 1}-12-31T23:00:00.000Z`);
  const others = required.filter((o) => o.name !== DEMO_ADMIN_ORG);
  const silent = others[others.length - 1];
  const late = others[others.length - 2];
  const reports: SeedReport[] = [];
  const targets = new Map<number, { due: number; met: number }>();
  required.forEach((o, i) => {
    if (o === silent) return;
    const day = o === late ? addDays(d.dueOn!, 9) : addDays(d.opensOn!, 10 + (mix(i, year) % 100));
    const own = o.name === DEMO_ADMIN_ORG;
    // The demo admin's organisation met the target it set the year before.
    if (own && reportIds.has(`${o.id}|${year - 1}`)) targets.set(reports.length, { due: 1, met: 1 });
    reports.push({
      orgId: o.id,
      year,
      lang: o.lang,
      userId: o.adminId,
      createdAt: at(addDays(d.opensOn!, mix(i) % 10)),
      submittedAt: at(day, 9 + (i % 8)),
      figures: figuresFor(i, year),
      sections: sectionsFor(i, o.lang, false),
      sector: o.sector,
      regions: o.regions,
    });
  });
  const ids = await insertReports(trx, reports);
  reports.forEach((r, k) => reportIds.set(`${r.orgId}|${year}`, ids[k]!));
  await addToTotals(trx, reports, targets);
  for (const o of required) await keepStatus(trx, { orgId: o.id, year, signedAt: o.signedAt, today });
}

/** The running cycle: one in three has started a report, the demo admin's organisation too. */
async function runningCycle(
  trx: Transaction<DB>,
  orgs: readonly DemoOrg[],
  year: number,
  opensOn: string,
  today: string,
): Promise<void> {
  const required = orgs.filter((o) => o.signedAt < `${year - 1}-12-31T23:00:00.000Z`);
  const drafts: SeedReport[] = required
    .filter((o, i) => o.name === DEMO_ADMIN_ORG || i % 3 === 1)
    .map((o, i) => ({
      orgId: o.id,
      year,
      lang: o.lang,
      userId: o.adminId,
      createdAt: at(opensOn < today ? addDays(opensOn, Math.min(i % 7, 13)) : today),
      submittedAt: null,
      figures: null,
      sections: sectionsFor(i, o.lang, true),
      sector: o.sector,
      regions: o.regions,
    }));
  await insertReports(trx, drafts);
  for (const o of required) await keepStatus(trx, { orgId: o.id, year, signedAt: o.signedAt, today });
}

/**
 * The demo admin's organisation: a target set in the first closed year and reached in the second,
 * one for next year, the executive's signed statement on each report, and an amendment.
 */
async function ownExtras(
  trx: Transaction<DB>,
  orgs: readonly DemoOrg[],
  closed: readonly number[],
  reportIds: ReadonlyMap<string, string>,
): Promise<void> {
  const own = orgs.find((o) => o.name === DEMO_ADMIN_ORG);
  const [first, second] = closed as [number, number];
  const firstId = own && reportIds.get(`${own.id}|${first}`);
  const secondId = own && reportIds.get(`${own.id}|${second}`);
  if (!own || !firstId || !secondId) return;
  const indicator = TARGET_INDICATOR[own.lang] ?? TARGET_INDICATOR.en!;
  const made = at(`${second}-04-20`);
  await insertTargets(trx, [
    {
      orgId: own.id,
      setInReportId: firstId,
      indicator,
      unit: '',
      baseYear: first,
      baseValue: 40,
      targetYear: second,
      targetValue: 80,
      reached: { value: 85, reportId: secondId, progress: 'achieved' },
      at: at(`${first + 1}-04-02`),
    },
    {
      orgId: own.id,
      setInReportId: secondId,
      indicator,
      unit: '',
      baseYear: second,
      baseValue: 85,
      targetYear: second + 1,
      targetValue: 120,
      reached: null,
      at: made,
    },
  ]);
  for (const [year, reportId] of [
    [first, firstId],
    [second, secondId],
  ] as const) {
    const requested = at(`${year + 1}-04-10`);
    await trx
      .insertInto('report_statements')
      .values({
        report_id: reportId,
        executive_name: 'An Peeters',
        executive_email: 'an.peeters@digitaal-samen.example',
        executive_role: 'Directeur',
        lang: own.lang,
        token_hash: null,
        expires_at: null,
        requested_by: own.adminId,
        requested_at: requested,
        text_hash: createHash('sha256').update(`demo statement ${year}`).digest('hex'),
        signed_name: 'An Peeters',
        signed_at: at(`${year + 1}-04-12`),
      })
      .execute();
  }
  // A correction after submitting: a sentence added to what worked for commitment 4.
  const section = await trx
    .selectFrom('report_sections')
    .select('worked')
    .where('report_id', '=', firstId)
    .where('commitment', '=', 4)
    .executeTakeFirstOrThrow();
  const corrected = `${section.worked} ${AMENDMENT_REASON[own.lang] ?? AMENDMENT_REASON.en!}`.trim();
  await trx
    .insertInto('report_amendments')
    .values({
      id: newId(),
      report_id: firstId,
      part: '4',
      reason: AMENDMENT_REASON[own.lang] ?? AMENDMENT_REASON.en!,
      before: JSON.stringify({ worked: section.worked }),
      after: JSON.stringify({ worked: corrected }),
      made_by: own.adminId,
      made_at: at(`${first + 1}-09-03`),
    })
    .execute();
  await trx
    .updateTable('report_sections')
    .set({ worked: corrected })
    .where('report_id', '=', firstId)
    .where('commitment', '=', 4)
    .execute();
  await trx.updateTable('reports').set({ amendment_count: 1 }).where('id', '=', firstId).execute();
}

/**
 * `year`: a closed cycle in which the demo admin's organisation reported (the report's public
 * pages, a closed cycle's dashboard). The running cycle's dashboard shows the reminders' button.
 */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const orgId = people['org-admin'].memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const report = await db
    .selectFrom('reports')
    .select('year')
    .where('org_id', '=', orgId)
    .where('status', '=', 'submitted')
    .orderBy('year', 'desc')
    .executeTakeFirst();
  if (!report) throw new Error('The demo has no submitted report of the admin’s organisation');
  const running = seedCycles(belgianToday()).find((c) => !c.closed)!;
  const open = { year: String(running.year) };
  // The editor's and the consolidated report's pages choose their own years.
  const [editor, consolidated] = await Promise.all([editorDemoPages(db, people), consolidatedDemoPages(db)]);
  return {
    params: { ...editor.params, year: String(report.year) },
    status: consolidated.status,
    routeParams: {
      ...editor.routeParams,
      ...consolidated.routeParams,
      '/:lang/secretariat/reports/:year': open,
      '/:lang/secretariat/reports/:year/reminders': open,
    },
  };
}
