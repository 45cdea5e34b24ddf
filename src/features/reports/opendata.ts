import { z } from 'zod';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { csvFile } from '../../platform/http/csv.ts';
import { PUBLIC_STATUSES } from './repository-public.ts';
import type { ReportItem, StatusItem } from './service-public.ts';

// The reports' open data: each organisation's reporting status per cycle, and the submitted
// reports it made public with their headline figures. One record shape for the API and the CSV
// files; codes, not translated labels; columns only ever added at the end.

const organisationSchema = z.object({
  slug: z.string().describe('The organisation, as in /api/v1/signatories/{slug}'),
  name: z.string(),
  former_signatory: z.boolean().describe('True once the organisation withdrew from the Charter'),
});

export const statusSchema = z
  .object({
    organisation: organisationSchema,
    year: z.number().int().describe('The year the report is about; the cycle runs the year after'),
    status: z
      .enum(PUBLIC_STATUSES)
      .describe(
        'notStarted and inProgress until the deadline, then late until the grace period ends, then notReporting; reported once submitted',
      ),
    since: z
      .string()
      .nullable()
      .describe('The Belgian day (YYYY-MM-DD) the status holds from; for reported, the day it came'),
    after_deadline: z.boolean().describe('A report submitted after the deadline'),
  })
  .meta({ id: 'ReportingStatus' });

export type StatusRecord = z.output<typeof statusSchema>;

const organisationOf = (item: { org: StatusItem['org'] }) => ({
  slug: item.org.slug,
  name: item.org.legalName,
  former_signatory: item.org.status === 'withdrawn',
});

export function toStatusRecord(item: StatusItem): StatusRecord {
  return {
    organisation: organisationOf(item),
    year: item.year,
    status: item.status,
    since: item.since,
    after_deadline: item.afterDeadline,
  };
}

export const reportSchema = z
  .object({
    organisation: organisationSchema,
    year: z.number().int().describe('The year the report is about'),
    submitted_at: z.string().describe('When it was submitted (ISO 8601, UTC)'),
    people_trained: z.number().int().nullable(),
    people_reached: z.number().int().nullable(),
    training_hours: z.number().int().nullable(),
    devices: z.number().int().nullable().describe('Devices provided or lent'),
    url: z.string().describe('The report on the organisation’s profile'),
  })
  .meta({ id: 'PublicReport' });

export type ReportRecord = z.output<typeof reportSchema>;

export function toReportRecord(item: ReportItem, baseUrl: string, lang: Lang): ReportRecord {
  return {
    organisation: organisationOf(item),
    year: item.year,
    submitted_at: item.submittedAt,
    people_trained: item.figures.peopleTrained,
    people_reached: item.figures.peopleReached,
    training_hours: item.figures.trainingHours,
    devices: item.figures.devices,
    url: `${baseUrl}/${lang}/signatories/${encodeURIComponent(item.org.slug)}/reports/${item.year}`,
  };
}

const STATUS_COLUMNS = [
  'organisation',
  'organisation_slug',
  'year',
  'status',
  'since',
  'after_deadline',
  'former_signatory',
] as const;

export function statusesCsv(records: readonly StatusRecord[]): string {
  return csvFile(
    STATUS_COLUMNS,
    records.map((r) => [
      r.organisation.name,
      r.organisation.slug,
      r.year,
      r.status,
      r.since,
      String(r.after_deadline),
      String(r.organisation.former_signatory),
    ]),
  );
}

const REPORT_COLUMNS = [
  'organisation',
  'organisation_slug',
  'year',
  'submitted_at',
  'people_trained',
  'people_reached',
  'training_hours',
  'devices',
  'url',
  'former_signatory',
] as const;

export function reportsCsv(records: readonly ReportRecord[]): string {
  return csvFile(
    REPORT_COLUMNS,
    records.map((r) => [
      r.organisation.name,
      r.organisation.slug,
      r.year,
      r.submitted_at,
      r.people_trained,
      r.people_reached,
      r.training_hours,
      r.devices,
      r.url,
      String(r.organisation.former_signatory),
    ]),
  );
}
