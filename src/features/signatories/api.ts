import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Lang } from '../../platform/i18n/i18n.ts';
import {
  decodeCursor,
  DEFAULT_FILTER,
  isTrue,
  languageField,
  qField,
  regionField,
  reportingField,
  sectorField,
  selectionParams,
  sortField,
  withdrawnField,
  yearField,
  type DirectoryFilter,
} from './query.ts';
import { profileSchema, signatorySchema, toCsv, toProfileRecord, toRecord } from './opendata.ts';
import { API_MAX_LIMIT, directoryPage, PAGE_SIZE, publicProfile, wholeSelection } from './service.ts';
import { apiErrorSchema, apiBadRequest, refuseQuery } from '../../platform/http/api.ts';
import { directoryReportingYear } from '../reports/service-public.ts';

// The public REST API and the open data files. Query parameters are checked strictly here
// (a wrong value is a 400 that says so), unlike the page, which ignores what it cannot use.

const selectionQuery = z.object({
  q: qField.optional().describe('Part of the name; accents and capitals do not matter'),
  sector: sectorField.optional(),
  region: regionField.optional(),
  language: languageField.optional().describe('A language the organisation works in'),
  year: yearField.optional().describe('Year of signing (Belgian time)'),
  withdrawn: withdrawnField.optional().describe('Also list organisations that withdrew'),
  sort: sortField.optional().describe('name (default), newest or oldest'),
  reporting: reportingField
    .optional()
    .describe('Reporting status in the latest reporting cycle that has opened (see /api/v1/reporting-statuses)'),
  lang: languageField.optional().describe('Language of the profile links (default nl)'),
});

const listQuery = selectionQuery.extend({
  after: z.string().min(1).max(800).optional().describe('The `next` value of the previous page'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_MAX_LIMIT)
    .optional()
    .describe(`Rows per page, 1 to ${API_MAX_LIMIT} (default ${PAGE_SIZE})`),
});

type SelectionQuery = z.output<typeof selectionQuery>;

const notFound = apiErrorSchema.describe('No signatory has this slug (applicants are not public)');

const listSchema = z
  .object({
    total: z
      .number()
      .int()
      .describe('How many organisations match, on all pages; a lower bound when total_exact is false'),
    total_exact: z
      .boolean()
      .describe(
        'False when the name search (q) matched more organisations than it considers (100): `total` counts those it considered',
      ),
    items: z.array(signatorySchema),
    next: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
    next_url: z.string().nullable(),
  })
  .describe('One page of signatories');

/**
 * The selection asked for. A reporting status is about the latest cycle that has opened; with
 * none opened yet, no organisation has one (year 0 matches nothing).
 */
async function toFilter(db: FastifyInstance['deps']['db'], q: SelectionQuery): Promise<DirectoryFilter> {
  const reporting = q.reporting ? { year: (await directoryReportingYear(db)) ?? 0, status: q.reporting } : null;
  return {
    reporting,
    q: q.q ? q.q : null,
    sector: q.sector ?? null,
    region: q.region ?? null,
    language: q.language ?? null,
    year: q.year ?? null,
    includeWithdrawn: isTrue(q.withdrawn),
    sort: q.sort ?? DEFAULT_FILTER.sort,
  };
}

function openDataHeaders(reply: FastifyReply, filename: string, disposition: 'attachment' | 'inline') {
  reply.header('cache-control', 'public, max-age=300');
  reply.header('access-control-allow-origin', '*');
  reply.header('content-disposition', `${disposition}; filename="${filename}"`);
}

/** A 400 that says what is wrong, for the people writing API clients. */
const today = () => new Date().toISOString().slice(0, 10);

export async function registerApi(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['signatories'];

  api.get(
    '/api/v1/signatories',
    {
      config: { permission: 'public' },
      attachValidation: true,
      schema: {
        tags,
        summary: 'List signatories, a page at a time',
        querystring: listQuery,
        response: { 200: listSchema, 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const filter = await toFilter(db, request.query);
      const after = request.query.after === undefined ? null : decodeCursor(request.query.after, filter.sort);
      if (request.query.after !== undefined && !after) {
        return refuseQuery(reply, 'after: not a cursor for this sort order (start again without it)');
      }
      const lang: Lang = request.query.lang ?? 'nl';
      const page = await directoryPage(db, filter, after, request.query.limit ?? PAGE_SIZE);
      const extra = { lang: request.query.lang, limit: request.query.limit ? String(request.query.limit) : undefined };
      reply.header('cache-control', 'public, max-age=60');
      reply.header('access-control-allow-origin', '*');
      return {
        total: page.total,
        total_exact: page.exact,
        items: page.items.map((s) => toRecord(s, config.baseUrl, lang)),
        next: page.next,
        next_url: page.next
          ? `${config.baseUrl}/api/v1/signatories${selectionParams(filter, { ...extra, after: page.next })}`
          : null,
      };
    },
  );

  api.get(
    '/api/v1/signatories.csv',
    {
      config: { permission: 'public' },
      attachValidation: true,
      schema: {
        tags,
        summary: 'Every signatory in the selection, as CSV',
        description:
          'UTF-8 with a byte-order mark, comma-separated, a header row. Regions and languages are separated by semicolons.',
        querystring: selectionQuery,
        response: {
          200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
          400: apiBadRequest,
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const lang: Lang = request.query.lang ?? 'nl';
      const rows = await wholeSelection(db, await toFilter(db, request.query));
      openDataHeaders(reply, `signatories-${today()}.csv`, 'attachment');
      return reply.type('text/csv; charset=utf-8').send(toCsv(rows.map((s) => toRecord(s, config.baseUrl, lang))));
    },
  );

  api.get(
    '/api/v1/signatories.json',
    {
      config: { permission: 'public' },
      attachValidation: true,
      schema: {
        tags,
        summary: 'Every signatory in the selection, as one JSON file',
        querystring: selectionQuery,
        response: {
          200: {
            description: 'The JSON file',
            content: {
              'application/json': {
                schema: z.object({
                  generated_at: z.string(),
                  total: z.number().int(),
                  licence: z.string(),
                  items: z.array(signatorySchema),
                }),
              },
            },
          },
          400: apiBadRequest,
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const lang: Lang = request.query.lang ?? 'nl';
      const rows = await wholeSelection(db, await toFilter(db, request.query));
      openDataHeaders(reply, `signatories-${today()}.json`, 'inline');
      // Written as text: for 10,000 rows one JSON.stringify is much faster than a checked serializer.
      const body = {
        generated_at: new Date().toISOString(),
        total: rows.length,
        licence: 'CC0-1.0',
        items: rows.map((s) => toRecord(s, config.baseUrl, lang)),
      };
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(body) as never);
    },
  );

  api.get(
    '/api/v1/signatories/:slug',
    {
      config: { permission: 'public' },
      attachValidation: true,
      schema: {
        tags,
        summary: 'One signatory, with its descriptions and public history',
        params: z.object({ slug: z.string().min(1).max(200) }),
        querystring: z.object({ lang: languageField.optional().describe('Language of the profile link (default nl)') }),
        response: { 200: profileSchema.describe('The signatory'), 404: notFound },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const profile = await publicProfile(db, request.params.slug);
      reply.header('access-control-allow-origin', '*');
      if (!profile) return reply.status(404).send({ error: 'notFound', statusCode: 404 });
      reply.header('cache-control', 'public, max-age=60');
      return toProfileRecord(profile, config.baseUrl, request.query.lang ?? 'nl');
    },
  );
}
