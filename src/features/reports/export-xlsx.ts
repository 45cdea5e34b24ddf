import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { translator, type Lang, type Translate } from '../../platform/i18n/i18n.ts';
import { organisationRefs, type OrganisationRef } from '../organisations/service-registration.ts';
import { dayOf } from './clock.ts';
import { PROGRESS_LABEL, STATUS_LABEL } from './labels.ts';
import type { ProgressStatus } from './progress.ts';
import { reportsPage, sectionsOf, targetsSetIn, type ExportCursor, type ExportReport } from './repository-export.ts';
import type { ReportingStatus } from './status.ts';

// Every report of a cycle as one workbook for the secretariat: a sheet with one row per report
// (organisation, statuses, dates, headline figures, each commitment's narrative) and a sheet of
// the targets they set. Streamed a page of reports at a time, so a cycle of any size is never in
// memory at once. Text that starts with = + - @ gets an apostrophe, so no spreadsheet runs it.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const PAGE = 200;
const COMMITMENTS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const asDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The cycle's reports, a page at a time, with their organisations' names. */
async function* reportPages(db: Kysely<DB>, year: number) {
  let after: ExportCursor | null = null;
  for (;;) {
    const page = await reportsPage(db, year, after, PAGE);
    if (page.length === 0) return;
    const refs = await organisationRefs(
      db,
      page.map((r) => r.org_id),
    );
    yield { page, refs };
    const last = page[page.length - 1]!;
    if (page.length < PAGE) return;
    after = { submittedAt: last.submitted_at, id: last.id };
  }
}

function reportHeaders(t: Translate): string[] {
  return [
    t('reports.dashboard.xlsx.organisation'),
    t('reports.dashboard.xlsx.enterpriseNumber'),
    t('reports.dashboard.status'),
    t('reports.dashboard.xlsx.submitted'),
    t('reports.dashboard.xlsx.started'),
    t('reports.dashboard.xlsx.submittedOn'),
    t('reports.dashboard.afterDeadline'),
    t('reports.dashboard.xlsx.peopleTrained'),
    t('reports.dashboard.xlsx.peopleReached'),
    t('reports.dashboard.xlsx.trainingHours'),
    t('reports.dashboard.xlsx.devices'),
    t('reports.dashboard.xlsx.amendments'),
    ...COMMITMENTS.flatMap((n) => [
      t('reports.dashboard.xlsx.confirmed', { n }),
      t('reports.dashboard.xlsx.correction', { n }),
      t('reports.dashboard.xlsx.worked', { n }),
      t('reports.dashboard.xlsx.hard', { n }),
    ]),
  ];
}

type Section = Awaited<ReturnType<typeof sectionsOf>>[number];

function reportCells(
  t: Translate,
  r: ExportReport,
  org: OrganisationRef | undefined,
  sections: Section[],
): ExcelJS.CellValue[] {
  const yes = t('reports.dashboard.xlsx.yes');
  const no = t('reports.dashboard.xlsx.no');
  const byCommitment = new Map(sections.map((s) => [s.commitment, s]));
  return [
    neutral(org?.legalName ?? ''),
    org?.enterpriseNumber ?? '',
    r.reporting_status ? t(STATUS_LABEL[r.reporting_status as ReportingStatus]) : '',
    r.status === 'submitted' ? yes : no,
    asDay(dayOf(r.created_at)),
    r.submitted_at ? asDay(dayOf(r.submitted_at)) : null,
    r.after_deadline ? yes : no,
    r.people_trained,
    r.people_reached,
    r.training_hours,
    r.devices,
    r.amendment_count,
    ...COMMITMENTS.flatMap((n) => {
      const s = byCommitment.get(n);
      return s
        ? [s.confirmed ? yes : no, neutral(s.correction), neutral(s.worked), neutral(s.hard)]
        : [null, null, null, null];
    }),
  ];
}

function targetHeaders(t: Translate): string[] {
  return [
    t('reports.dashboard.xlsx.organisation'),
    t('reports.dashboard.xlsx.indicator'),
    t('reports.dashboard.xlsx.unit'),
    t('reports.dashboard.xlsx.direction'),
    t('reports.dashboard.xlsx.baseYear'),
    t('reports.dashboard.xlsx.baseValue'),
    t('reports.dashboard.xlsx.targetYear'),
    t('reports.dashboard.xlsx.targetValue'),
    t('reports.dashboard.xlsx.reached'),
    t('reports.dashboard.xlsx.progress'),
  ];
}

const DIRECTION = { increase: 'reports.dashboard.xlsx.increase', decrease: 'reports.dashboard.xlsx.decrease' } as const;

/** A decimal text ("12.5") as a number for the spreadsheet, or as it is if it is not one. */
const figure = (s: string | null) => (s === null ? null : Number.isFinite(Number(s)) ? Number(s) : s);

export function exportReportsXlsx(db: Kysely<DB>, year: number, lang: Lang): Readable {
  const t = translator(lang);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  void (async () => {
    const reports = workbook.addWorksheet(t('reports.dashboard.xlsx.reportsSheet', { year }), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    reports.columns = reportHeaders(t).map((_, i) => ({ width: i === 0 || i > 11 ? 36 : 16 }));
    for (const col of [5, 6]) reports.getColumn(col).numFmt = 'dd/mm/yyyy';
    const header = reports.addRow(reportHeaders(t));
    header.font = { bold: true };
    header.commit();
    for await (const { page, refs } of reportPages(db, year)) {
      const sections = await sectionsOf(
        db,
        page.map((r) => r.id),
      );
      for (const r of page)
        reports
          .addRow(
            reportCells(
              t,
              r,
              refs.get(r.org_id),
              sections.filter((s) => s.report_id === r.id),
            ),
          )
          .commit();
    }
    reports.commit();
    // The targets in a second pass: a streamed workbook writes its sheets one after the other.
    const targets = workbook.addWorksheet(t('reports.dashboard.xlsx.targetsSheet'), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    targets.columns = targetHeaders(t).map((_, i) => ({ width: i < 2 ? 36 : 16 }));
    const targetHeader = targets.addRow(targetHeaders(t));
    targetHeader.font = { bold: true };
    targetHeader.commit();
    for await (const { page, refs } of reportPages(db, year))
      for (const g of await targetsSetIn(
        db,
        page.map((r) => r.id),
      ))
        targets
          .addRow([
            neutral(refs.get(g.org_id)?.legalName ?? ''),
            neutral(g.indicator),
            neutral(g.unit),
            t(DIRECTION[g.direction]),
            g.base_year,
            figure(g.base_value),
            g.target_year,
            figure(g.target_value),
            figure(g.reached_value),
            g.progress ? t(PROGRESS_LABEL[g.progress as ProgressStatus]) : '',
          ])
          .commit();
    targets.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
