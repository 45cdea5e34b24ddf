import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { apiBadRequest, pageParams, refuseQuery } from '../../platform/http/api.ts';
import { PUBLIC_STATUSES, type ReportCursor, type StatusCursor } from './repository-public.ts';
import {
  decodeReportCursor,
  decodeStatusCursor,
  publicReportsPage,
  statusesPage,
  type OpenPage,
} from './service-public.ts';
import { reportSchema, reportsCsv, statusesCsv, statusSchema, toReportRecord, toStatusRecord } from './opendata.ts';

// The reports' open data and API: every organisation's reporting status per cycle, and the
// submitted reports made public. Lists are keyset-paginated in the order of their index; query
// parameters are checked strictly (a wrong value is a 400 that says which), as the other APIs do.
// The public report pages themselves are the report feature's (/{lang}/signatories/{slug}/reports/{year}).

export const API_PAGE = 20;
export const API_MAX = 100;
/** How many rows a CSV file reads at a time. */
const CSV_BATCH = 500;

const yearParam = z.coerce.number().int().min(2000).max(2100);

const statusQuery = z.object({
  year: yearParam.optional().describe('Only the cycle about this year'),
  status: z.enum(PUBLIC_STATUSES).optional().describe('Only this status'),
});
const reportQuery = z.object({
  year: yearParam.optional().describe('Only the reports about this year'),
  lang: z.enum(LANGS).optional().describe('Language of the report links (default nl)'),
});

const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z
    .object({
      items: z.array(item),
      next: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
      next_url: z.string().nullable(),
    })
    .describe(what);

function openHeaders(reply: FastifyReply, maxAge: number) {
  reply.header('cache-control', `public, max-age=${maxAge}`);
  reply.header('access-control-allow-origin', '*');
}

function csvReply(reply: FastifyReply, name: string, body: string) {
  openHeaders(reply, 300);
  reply.header('content-disposition', `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`);
  return reply.type('text/csv; charset=utf-8').send(body);
}

/** Every page of a list, read CSV_BATCH rows at a time (keyset, never an offset). */
async function everyPage<T, C>(read: (after: C | null) => Promise<OpenPage<T>>, decode: (next: string) => C | null) {
  const all: T[] = [];
  let after: C | null = null;
  do {
    const page = await read(after);
    all.push(...page.items);
    after = page.next ? decode(page.next) : null;
  } while (after);
  return all;
}

/** The query string of the next page: the same selection, `after` its token. */
function nextUrl(base: string, query: Record<string, string | number | undefined>, next: string | null): string | null {
  if (!next) return null;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && k !== 'after') params.set(k, String(v));
  params.set('after', next);
  return `${base}?${params.toString()}`;
}

const csvResponse = { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } };

export async function publicRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['reports'];
  const open = { permission: 'public' as const };

  api.get(
    '/api/v1/reporting-statuses',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: "List the signatories' reporting statuses per cycle, a page at a time",
        description: 'Ordered by year, status and organisation. "Not open" is never listed.',
        querystring: statusQuery.extend(pageParams(400, API_MAX, API_PAGE)),
        response: { 200: listOf(statusSchema, 'One page of reporting statuses'), 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const { year, status, after: token, limit } = request.query;
      const after = token === undefined ? null : decodeStatusCursor(token);
      if (token !== undefined && !after) return refuseQuery(reply, 'after: not a cursor (start again without it)');
      const page = await statusesPage(db, { year: year ?? null, status: status ?? null }, after, limit ?? API_PAGE);
      openHeaders(reply, 60);
      return {
        items: page.items.map(toStatusRecord),
        next: page.next,
        next_url: nextUrl(`${config.baseUrl}/api/v1/reporting-statuses`, request.query, page.next),
      };
    },
  );

  api.get(
    '/api/v1/reporting-statuses.csv',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Every reporting status in the selection, as CSV',
        description: 'UTF-8 with a byte-order mark, comma-separated, a header row.',
        querystring: statusQuery,
        response: { 200: csvResponse, 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const selection = { year: request.query.year ?? null, status: request.query.status ?? null };
      const items = await everyPage<Parameters<typeof toStatusRecord>[0], StatusCursor>(
        (after) => statusesPage(db, selection, after, CSV_BATCH),
        decodeStatusCursor,
      );
      return csvReply(reply, 'reporting-statuses', statusesCsv(items.map(toStatusRecord)));
    },
  );

  api.get(
    '/api/v1/reports',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'List the submitted reports that are public, with their headline figures, a page at a time',
        description:
          'Ordered by year, then in the order they were submitted. A first report its organisation keeps private is not listed.',
        querystring: reportQuery.extend(pageParams(400, API_MAX, API_PAGE)),
        response: { 200: listOf(reportSchema, 'One page of public reports'), 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const { year, lang, after: token, limit } = request.query;
      const after = token === undefined ? null : decodeReportCursor(token);
      if (token !== undefined && !after) return refuseQuery(reply, 'after: not a cursor (start again without it)');
      const page = await publicReportsPage(db, year ?? null, after, limit ?? API_PAGE);
      openHeaders(reply, 60);
      return {
        items: page.items.map((r) => toReportRecord(r, config.baseUrl, lang ?? 'nl')),
        next: page.next,
        next_url: nextUrl(`${config.baseUrl}/api/v1/reports`, request.query, page.next),
      };
    },
  );

  api.get(
    '/api/v1/reports.csv',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Every public report in the selection, with its headline figures, as CSV',
        description: 'UTF-8 with a byte-order mark, comma-separated, a header row.',
        querystring: reportQuery,
        response: { 200: csvResponse, 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const year = request.query.year ?? null;
      const items = await everyPage<Parameters<typeof toReportRecord>[0], ReportCursor>(
        (after) => publicReportsPage(db, year, after, CSV_BATCH),
        decodeReportCursor,
      );
      const lang = request.query.lang ?? 'nl';
      return csvReply(reply, 'reports', reportsCsv(items.map((r) => toReportRecord(r, config.baseUrl, lang))));
    },
  );
}
