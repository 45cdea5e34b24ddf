import { z } from 'zod';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { csvFile } from '../../platform/http/csv.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { milestoneProgress } from './progress.ts';
import * as repo from './repository.ts';
import type { ActionItem } from './service-public.ts';
import { CAUSES, MILESTONE_STATUSES, NEEDS, REGIONS, STATUSES } from './vocabulary.ts';

// The actions' open data: one record for the API and the CSV file, with the partners, the
// milestones (weights and progress) and the indicators. Codes, not translated labels; columns
// only ever added at the end.

const orgSchema = z.object({
  slug: z.string(),
  name: z.string(),
  former_signatory: z
    .boolean()
    .describe('True once the organisation withdrew from the Charter; the action keeps it (ADR 0023)'),
});

export const actionSchema = z
  .object({
    slug: z.string().describe('Stable identifier, used in the page URL'),
    title: z.string(),
    goal: z.string(),
    description: z.string(),
    lang: z.enum(LANGS).describe('The language the lead wrote in'),
    status: z.enum(STATUSES),
    stop_reason: z.string().nullable(),
    needs: z.array(z.enum(NEEDS)).describe('What it asks partners for while it looks for them'),
    causes: z.array(z.enum(CAUSES)).describe("Its obstacles' causes of exclusion"),
    regions: z.array(z.enum(REGIONS)).describe("Its obstacles' regions"),
    lead: orgSchema.nullable(),
    starts_on: z.string().describe('YYYY-MM-DD'),
    ends_on: z.string().nullable(),
    progress: z.number().int().describe("Weighted mean of the milestones' progress, 0 to 100"),
    partners: z.array(orgSchema.extend({ since: z.string().nullable() })),
    milestones: z.array(
      z.object({
        title: z.string(),
        due_on: z.string(),
        weight: z.number().int(),
        status: z.enum(MILESTONE_STATUSES),
        progress: z.number().int().describe('planned 0, under way its percentage, done 100'),
        done_on: z.string().nullable(),
      }),
    ),
    indicators: z.array(
      z.object({
        name: z.string(),
        unit: z.string(),
        target: z.number().int(),
        current: z.number().int(),
        measured_on: z.string(),
      }),
    ),
    created_at: z.string(),
    url: z.string(),
  })
  .meta({ id: 'Action' });

export type ActionRecord = z.output<typeof actionSchema>;

/** The records of a page of actions: three queries for all their details, not three per action. */
export async function toRecords(
  db: repo.Db,
  rows: readonly repo.Action[],
  items: readonly ActionItem[],
  baseUrl: string,
  lang: Lang,
): Promise<ActionRecord[]> {
  const details = await repo.detailsOfMany(
    db,
    rows.map((r) => r.id),
  );
  const orgs = await organisationRefs(db, [...new Set(details.partners.map((p) => p.org_id))]);
  const byId = new Map(items.map((i) => [i.id, i]));
  return rows.map((row) => {
    const item = byId.get(row.id)!;
    return {
      slug: row.slug,
      title: row.title,
      goal: row.goal,
      description: row.description,
      lang: item.lang,
      status: row.status,
      stop_reason: row.stop_reason,
      needs: item.needs,
      causes: item.causes as ActionRecord['causes'],
      regions: item.regions as ActionRecord['regions'],
      lead: item.lead ? { slug: item.lead.slug, name: item.lead.name, former_signatory: item.lead.former } : null,
      starts_on: row.starts_on,
      ends_on: row.ends_on,
      progress: Number(row.progress),
      partners: details.partners
        .filter((p) => p.action_id === row.id)
        .flatMap((p) => {
          const org = orgs.get(p.org_id);
          return org
            ? [
                {
                  slug: org.slug,
                  name: org.legalName,
                  former_signatory: org.status === 'withdrawn',
                  since: p.decided_at,
                },
              ]
            : [];
        }),
      milestones: details.milestones
        .filter((m) => m.action_id === row.id)
        .map((m) => ({
          title: m.title,
          due_on: m.due_on,
          weight: Number(m.weight),
          status: m.status,
          progress: milestoneProgress({ status: m.status, percent: Number(m.percent) }),
          done_on: m.done_on,
        })),
      indicators: details.indicators
        .filter((i) => i.action_id === row.id)
        .map((i) => ({
          name: i.name,
          unit: i.unit,
          target: Number(i.target),
          current: Number(i.current_value),
          measured_on: i.measured_on,
        })),
      created_at: row.created_at,
      url: `${baseUrl}/${lang}/actions/${encodeURIComponent(row.slug)}`,
    };
  });
}

const COLUMNS = [
  'slug',
  'title',
  'status',
  'lead',
  'starts_on',
  'ends_on',
  'progress',
  'partners',
  'milestones',
  'indicators',
  'needs',
  'causes',
  'regions',
  'stop_reason',
  'created_at',
  'url',
  'lead_former_signatory',
] as const;

/** One line per action; lists separated by semicolons, a milestone as "title (weight 2, 50%)". */
export function toCsv(records: readonly ActionRecord[]): string {
  return csvFile(
    COLUMNS,
    records.map((r) => [
      r.slug,
      r.title,
      r.status,
      r.lead?.name ?? '',
      r.starts_on,
      r.ends_on,
      r.progress,
      r.partners.map((p) => p.name).join('; '),
      r.milestones.map((m) => `${m.title} (weight ${m.weight}, ${m.progress}%)`).join('; '),
      r.indicators.map((i) => `${i.name}: ${i.current} of ${i.target} ${i.unit}`).join('; '),
      r.needs.join('; '),
      r.causes.join('; '),
      r.regions.join('; '),
      r.stop_reason,
      r.created_at,
      r.url,
      // Written out as the JSON says it, as the obstacles' file does.
      r.lead ? String(r.lead.former_signatory) : null,
    ]),
  );
}
