import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { obstacleDetailSchema, obstacleSchema, toCsv, toRecord, type ObstacleRecord } from './opendata.ts';
import { decodeCursor, listParams, parseListQuery, SORTS, type ListFilter } from './query.ts';
import { listPage, obstaclePage, SEARCH_CAP } from './service-public.ts';
import { PUBLIC_STATUSES, TAG_NAMES, TAGS, type TagName } from './vocabulary.ts';
import { apiErrorSchema, apiBadRequest, refuseQuery, severalOf, pageParams } from '../../platform/http/api.ts';

// The register's public API and CSV file. Query parameters are checked strictly (a wrong value
// is a 400 that says which), as the practices' API does.

export const API_PAGE = 20;
export const API_MAX = 100;

// A facet takes one value or several (`?cause=skills&cause=trust`), as the list page does: values
// are ORed within a facet, facets ANDed. The same parameter names as the page's, so the page's
// CSV and API links carry its filters as they are.
const TAG_WHAT: Record<TagName, string> = {
  cause: 'Cause (code)',
  group: 'Target group (code)',
  region: 'Region (code)',
  audience: 'Among whom it is seen (code)',
};

const tagParams = Object.fromEntries(
  TAG_NAMES.map((t) => [t, severalOf(TAGS[t] as unknown as [string, ...string[]], TAG_WHAT[t])]),
) as { [T in TagName]: ReturnType<typeof severalOf> };

const selectionQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Words to find (stems and prefixes match)'),
  ...tagParams,
  status: severalOf(PUBLIC_STATUSES, 'Status'),
  sort: z.enum(SORTS).optional().describe('seen: most endorsed first (default); newest: latest reported first'),
  lang: z.enum(LANGS).optional().describe('Language of the page links (default nl)'),
});

const listQuery = selectionQuery.extend({
  ...pageParams(400, API_MAX, API_PAGE),
});

type SelectionQuery = z.output<typeof selectionQuery>;

const listSchema = z
  .object({
    total: z
      .number()
      .int()
      .nullable()
      .describe('How many match on all pages, when known without counting; null otherwise'),
    search_capped: z
      .boolean()
      .describe(`True when the text search matched more than ${SEARCH_CAP} obstacles and only those were considered`),
    items: z.array(obstacleSchema),
    next: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
    next_url: z.string().nullable(),
  })
  .describe('One page of the public obstacles');

/** The checked query as the page's filter: the same parsing, so the same values in the same order. */
function toFilter(q: SelectionQuery): ListFilter {
  return parseListQuery(q).filter;
}

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['obstacles'];
  const open = { permission: 'public' as const };

  async function records(filter: ListFilter, after: ReturnType<typeof decodeCursor>, limit: number, lang: Lang) {
    const page = await listPage(db, filter, after, limit);
    const byId = new Map(page.items.map((i) => [i.id, i]));
    return { page, records: page.rows.map((r) => toRecord(r, byId.get(r.id)!, config.baseUrl, lang)) };
  }

  api.get(
    '/api/v1/obstacles',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'List the public obstacles, a page at a time',
        querystring: listQuery,
        response: { 200: listSchema, 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const filter = toFilter(request.query);
      const after = request.query.after === undefined ? null : decodeCursor(request.query.after, filter.sort);
      if (request.query.after !== undefined && !after)
        return refuseQuery(reply, 'after: not a cursor (start again without it)');
      const { page, records: items } = await records(
        filter,
        after,
        request.query.limit ?? API_PAGE,
        request.query.lang ?? 'nl',
      );
      const lang = request.query.lang;
      const limit = request.query.limit;
      const params = listParams(filter, {
        ...(lang ? { lang } : {}),
        ...(limit ? { limit: String(limit) } : {}),
        after: page.next,
      });
      reply.header('cache-control', 'public, max-age=60');
      reply.header('access-control-allow-origin', '*');
      return {
        total: page.total,
        search_capped: page.capped,
        items,
        next: page.next,
        next_url: page.next ? `${config.baseUrl}/api/v1/obstacles${params}` : null,
      };
    },
  );

  api.get(
    '/api/v1/obstacles.csv',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Every public obstacle in the selection, as CSV',
        description:
          'UTF-8 with a byte-order mark, comma-separated, a header row. Lists (tags) are separated by semicolons.',
        querystring: selectionQuery,
        response: {
          200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
          400: apiBadRequest,
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const filter = toFilter(request.query);
      const all: ObstacleRecord[] = [];
      let after: ReturnType<typeof decodeCursor> = null;
      do {
        const { page, records: items } = await records(filter, after, 500, request.query.lang ?? 'nl');
        all.push(...items);
        after = page.next ? decodeCursor(page.next, filter.sort) : null;
      } while (after);
      reply.header('cache-control', 'public, max-age=300');
      reply.header('access-control-allow-origin', '*');
      reply.header(
        'content-disposition',
        `attachment; filename="obstacles-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
      return reply.type('text/csv; charset=utf-8').send(toCsv(all));
    },
  );

  api.get(
    '/api/v1/obstacles/:slug',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'One public obstacle, with the signatories that see it too',
        params: z.object({ slug: z.string().min(1).max(200) }),
        querystring: z.object({ lang: z.enum(LANGS).optional().describe('Language of the page link (default nl)') }),
        response: {
          200: obstacleDetailSchema.describe('The obstacle'),
          301: z.object({ moved_to: z.string() }).describe('Merged into another obstacle: its slug'),
          400: apiBadRequest,
          404: apiErrorSchema.describe('No public obstacle has this slug'),
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      reply.header('access-control-allow-origin', '*');
      const view = await obstaclePage(db, request.params.slug, null);
      if (!view) return reply.status(404).send({ error: 'notFound', statusCode: 404 });
      if (view.kind === 'redirect') {
        reply.header('location', `/api/v1/obstacles/${encodeURIComponent(view.slug)}`);
        return reply.status(301).send({ moved_to: view.slug });
      }
      reply.header('cache-control', 'public, max-age=60');
      return {
        ...toRecord(view.obstacle, view.item, config.baseUrl, request.query.lang ?? 'nl'),
        endorsed_by: view.endorsers.map((e) => ({ slug: e.slug, name: e.name, evidence: e.evidence, at: e.at })),
      };
    },
  );
}
