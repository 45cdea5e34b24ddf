import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { organisationRefs, type OrganisationRef } from '../organisations/service-registration.ts';
import { belgianToday } from './clock.ts';
import * as repo from './repository-public.ts';

// The reports' public side, for other features: an organisation's reporting statuses and public
// reports (its profile), the cycle the directory filters on, and the open data lists. Read-only.

export { STATUS_LABEL, STATUS_SINCE } from './labels.ts';
export { PUBLIC_STATUSES, type KeptStatus, type PublicStatus } from './repository-public.ts';

/** How many cycles a profile shows: the running one and the two before. */
export const PROFILE_CYCLES = 3;

export interface PublicReporting {
  /** Its statuses in the latest cycles, newest first, without "not open". */
  statuses: repo.KeptStatus[];
  /** Its submitted reports that are public, newest first (a first report may stay private). */
  reports: { year: number; submittedAt: string }[];
}

/** What a profile shows of an organisation's reporting: two index ranges. */
export async function publicReporting(db: Kysely<DB>, orgId: string, upTo: number): Promise<PublicReporting> {
  const [statuses, reports] = await Promise.all([
    repo.latestStatuses(db, orgId, upTo, PROFILE_CYCLES),
    repo.submittedReportsOf(db, orgId),
  ]);
  return {
    statuses: statuses.filter((s) => s.status !== 'notOpen'),
    reports: reports.filter((r) => !r.private).map((r) => ({ year: r.year, submittedAt: r.submittedAt })),
  };
}

/** The year of the cycle the directory's reporting filter is about: the latest that has opened. */
export function directoryReportingYear(db: Kysely<DB>, today = belgianToday()): Promise<number | null> {
  return repo.latestOpenedYear(db, today);
}

// ——— open data ———

/** The public organisations among the ids, by id (withdrawn ones too: their statuses stay history). */
async function publicOrganisations(db: Kysely<DB>, ids: string[]): Promise<Map<string, OrganisationRef>> {
  const refs = await organisationRefs(db, ids);
  for (const [id, ref] of refs) if (ref.status !== 'signatory' && ref.status !== 'withdrawn') refs.delete(id);
  return refs;
}

export interface StatusItem {
  org: OrganisationRef;
  year: number;
  status: repo.PublicStatus;
  since: string | null;
  afterDeadline: boolean;
}

const yearTextId = z.tuple([z.number().int(), z.string().max(100), z.string().max(100)]);

/** The `next` token of a statuses page, or null when it is damaged. */
export function decodeStatusCursor(token: string): repo.StatusCursor | null {
  const p = decodeCursor(token, yearTextId);
  return p && { year: p[0], status: p[1], orgId: p[2] };
}

export function decodeReportCursor(token: string): repo.ReportCursor | null {
  const p = decodeCursor(token, yearTextId);
  return p && { year: p[0], submittedAt: p[1], id: p[2] };
}

export interface OpenPage<T> {
  items: T[];
  next: string | null;
}

/** A page of reporting statuses: by year, status and organisation. */
export async function statusesPage(
  db: Kysely<DB>,
  selection: repo.StatusSelection,
  after: repo.StatusCursor | null,
  limit: number,
): Promise<OpenPage<StatusItem>> {
  const rows = await repo.statusPage(db, selection, after, limit);
  const page = rows.slice(0, limit);
  const orgs = await publicOrganisations(
    db,
    page.map((r) => r.org_id),
  );
  const last = page[page.length - 1];
  return {
    items: page.flatMap((r) => {
      const org = orgs.get(r.org_id);
      return org
        ? [
            {
              org,
              year: Number(r.year),
              status: r.status as repo.PublicStatus,
              since: r.since,
              afterDeadline: Number(r.after_deadline) === 1,
            },
          ]
        : [];
    }),
    next: rows.length > limit && last ? encodeCursor([Number(last.year), last.status, last.org_id]) : null,
  };
}

export interface ReportItem {
  org: OrganisationRef;
  year: number;
  submittedAt: string;
  figures: {
    peopleTrained: number | null;
    peopleReached: number | null;
    trainingHours: number | null;
    devices: number | null;
  };
}

const figure = (n: number | null) => (n === null ? null : Number(n));

/** A page of submitted public reports: by year, then in the order they came. */
export async function publicReportsPage(
  db: Kysely<DB>,
  year: number | null,
  after: repo.ReportCursor | null,
  limit: number,
): Promise<OpenPage<ReportItem>> {
  const rows = await repo.publicReportPage(db, year, after, limit);
  const page = rows.slice(0, limit);
  const orgs = await publicOrganisations(
    db,
    page.map((r) => r.org_id),
  );
  const last = page[page.length - 1];
  return {
    items: page.flatMap((r) => {
      const org = orgs.get(r.org_id);
      if (!org) return [];
      return [
        {
          org,
          year: Number(r.year),
          submittedAt: r.submitted_at ?? '',
          figures: {
            peopleTrained: figure(r.people_trained),
            peopleReached: figure(r.people_reached),
            trainingHours: figure(r.training_hours),
            devices: figure(r.devices),
          },
        },
      ];
    }),
    next: rows.length > limit && last ? encodeCursor([Number(last.year), last.submitted_at ?? '', last.id]) : null,
  };
}
