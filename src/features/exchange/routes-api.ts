import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decodeCursor, encodeCursor, listParams, valuesOf, type ListQuery } from './list-query.ts';
import { listedRows, SEARCH_CAP, viewsOf } from './service-public.ts';
import { postSchema, toCsv, toRecord } from './opendata.ts';
import type { Cursor } from './repository.ts';
import { CAUSES, KINDS, REGIONS, TOPICS } from './vocabulary.ts';
import { apiBadRequest, refuseQuery, severalOf, pageParams } from '../../platform/http/api.ts';

// The exchange's public API and CSV file: the listed posts that have not expired, newest first.
// Query parameters are checked strictly (a wrong value is a 400 that says which), as the
// practices' and signatories' APIs do.

export const API_PAGE = 50;
export const API_MAX = 200;
/** The CSV file is read a chunk at a time, in the list's order. */
const CSV_CHUNK = 500;

const selectionQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words to find in titles and descriptions (stems and prefixes match)'),
  kind: severalOf(KINDS, 'Posts of these kinds'),
  topic: severalOf(TOPICS, 'Posts about these topics'),
  cause: severalOf(CAUSES, 'Posts about these causes'),
  region: severalOf(REGIONS, 'Posts that name one of these regions among theirs'),
});

const listQuery = selectionQuery.extend({
  ...pageParams(300, API_MAX, API_PAGE),
});

const listSchema = z
  .object({
    search_capped: z
      .boolean()
      .describe(`True when the text search matched more than ${SEARCH_CAP} posts and only those were considered`),
    items: z.array(postSchema),
    next: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
    next_url: z.string().nullable(),
  })
  .describe('One page of open offers and asks, newest first');

/** The same selection as the page's (values once each, in the vocabulary's order). */
const toQuery = (q: z.output<typeof selectionQuery>): ListQuery => ({
  q: q.q ? q.q : null,
  filter: {
    kind: valuesOf(KINDS, q.kind),
    topic: valuesOf(TOPICS, q.topic),
    cause: valuesOf(CAUSES, q.cause),
    region: valuesOf(REGIONS, q.region),
  },
});

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['exchange'];
  const open = { permission: 'public' as const };

  api.get(
    '/api/v1/exchange',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'List the open offers and asks of the signatories, a page at a time',
        querystring: listQuery,
        response: { 200: listSchema, 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const after = request.query.after === undefined ? null : decodeCursor(request.query.after);
      if (request.query.after !== undefined && !after)
        return refuseQuery(reply, 'after: not a cursor (start again without it)');
      const limit = request.query.limit ?? API_PAGE;
      const query = toQuery(request.query);
      const { rows, capped } = await listedRows(db, query, after, limit + 1);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const next = rows.length > limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null;
      const nextUrl = next
        ? `${config.baseUrl}/api/v1/exchange${listParams(query, next)}${request.query.limit ? `&limit=${limit}` : ''}`
        : null;
      reply.header('cache-control', 'public, max-age=60');
      reply.header('access-control-allow-origin', '*');
      return {
        search_capped: capped,
        items: (await viewsOf(db, page)).map((p) => toRecord(p, config.baseUrl)),
        next,
        next_url: nextUrl,
      };
    },
  );

  api.get(
    '/api/v1/exchange.csv',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Every open offer and ask in the selection, as CSV',
        description:
          'UTF-8 with a byte-order mark, comma-separated, a header row. Regions are separated by semicolons.',
        querystring: selectionQuery,
        response: {
          200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
          400: apiBadRequest,
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const query = toQuery(request.query);
      const records = [];
      // Keyset chunks: never one query over the whole table. A search is capped at SEARCH_CAP already.
      let after: Cursor | null = null;
      for (;;) {
        const { rows } = await listedRows(db, query, after, CSV_CHUNK);
        records.push(...(await viewsOf(db, rows)).map((p) => toRecord(p, config.baseUrl)));
        const last = rows[rows.length - 1];
        if (rows.length < CSV_CHUNK || !last) break;
        after = { at: last.created_at, id: last.id };
      }
      reply.header('cache-control', 'public, max-age=300');
      reply.header('access-control-allow-origin', '*');
      reply.header(
        'content-disposition',
        `attachment; filename="exchange-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
      return reply.type('text/csv; charset=utf-8').send(toCsv(records));
    },
  );
}
