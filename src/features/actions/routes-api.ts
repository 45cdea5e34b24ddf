import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { actionSchema, toCsv, toRecords, type ActionRecord } from './opendata.ts';
import { decodeCursor, listParams, parseListQuery, type Cursor, type ListFilter } from './query.ts';
import { actionPage, listPage } from './service-public.ts';
import { CAUSES, NEEDS, REGIONS, STATUSES } from './vocabulary.ts';
import { apiErrorSchema, apiBadRequest, refuseQuery, severalOf, pageParams } from '../../platform/http/api.ts';

// The actions' public API and CSV file. Query parameters are checked strictly (a wrong value
// is a 400 that says which), as the practices' and obstacles' APIs do, and are the list page's:
// a facet takes several values, so the page's CSV and API links carry its filters as they are.

export const API_PAGE = 20;
export const API_MAX = 100;

const selectionQuery = z.object({
  status: severalOf(STATUSES, 'Status'),
  need: severalOf(NEEDS, 'What it looks for from partners'),
  cause: severalOf(CAUSES, 'Cause (code)'),
  region: severalOf(REGIONS, 'Region (code)'),
  obstacle: z
    .string()
    .regex(/^[a-z0-9-]{1,200}$/)
    .optional()
    .describe('Only the actions against this obstacle (its slug, as in /api/v1/obstacles)'),
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
    items: z.array(actionSchema),
    next: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
    next_url: z.string().nullable(),
  })
  .describe('One page of the joint actions, newest first');

const toFilter = (q: SelectionQuery): ListFilter => parseListQuery(q).filter;

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['actions'];
  const open = { permission: 'public' as const };

  async function records(filter: ListFilter, after: Cursor | null, limit: number, lang: Lang) {
    const page = await listPage(db, filter, after, limit);
    return { page, records: await toRecords(db, page.rows, page.items, config.baseUrl, lang) };
  }

  api.get(
    '/api/v1/actions',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'List the joint actions with their partners, milestones and indicators, a page at a time',
        querystring: listQuery,
        response: { 200: listSchema, 400: apiBadRequest },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      const filter = toFilter(request.query);
      const after = request.query.after === undefined ? null : decodeCursor(request.query.after);
      if (request.query.after !== undefined && !after)
        return refuseQuery(reply, 'after: not a cursor (start again without it)');
      const { page, records: items } = await records(
        filter,
        after,
        request.query.limit ?? API_PAGE,
        request.query.lang ?? 'nl',
      );
      const { lang, limit } = request.query;
      const nextQuery = listParams(filter, { lang, limit: limit?.toString(), after: page.next });
      reply.header('cache-control', 'public, max-age=60');
      reply.header('access-control-allow-origin', '*');
      return {
        total: page.total,
        items,
        next: page.next,
        next_url: page.next ? `${config.baseUrl}/api/v1/actions${nextQuery}` : null,
      };
    },
  );

  api.get(
    '/api/v1/actions.csv',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Every joint action in the selection, as CSV',
        description:
          'UTF-8 with a byte-order mark, comma-separated, a header row. Lists (partners, milestones, indicators) are separated by semicolons.',
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
      const all: ActionRecord[] = [];
      let after: Cursor | null = null;
      do {
        const { page, records: items } = await records(filter, after, 500, request.query.lang ?? 'nl');
        all.push(...items);
        after = page.next ? decodeCursor(page.next) : null;
      } while (after);
      reply.header('cache-control', 'public, max-age=300');
      reply.header('access-control-allow-origin', '*');
      reply.header(
        'content-disposition',
        `attachment; filename="actions-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
      return reply.type('text/csv; charset=utf-8').send(toCsv(all));
    },
  );

  api.get(
    '/api/v1/actions/:slug',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'One joint action, with its partners, milestones, indicators and latest updates',
        params: z.object({ slug: z.string().min(1).max(200) }),
        querystring: z.object({ lang: z.enum(LANGS).optional().describe('Language of the page link (default nl)') }),
        response: {
          200: actionSchema
            .extend({
              updates: z.array(
                z.object({ posted_on: z.string(), organisation: z.string().nullable(), body: z.string() }),
              ),
            })
            .meta({ id: 'ActionDetail' })
            .describe('The action'),
          400: apiBadRequest,
          404: apiErrorSchema.describe('No public action has this slug'),
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      reply.header('access-control-allow-origin', '*');
      const view = await actionPage(db, request.params.slug, null);
      if (!view) return reply.status(404).send({ error: 'notFound', statusCode: 404 });
      const [record] = await toRecords(db, [view.action], [view.item], config.baseUrl, request.query.lang ?? 'nl');
      reply.header('cache-control', 'public, max-age=60');
      return {
        ...record!,
        updates: view.updates.map((u) => ({ posted_on: u.postedOn, organisation: u.org, body: u.body })),
      };
    },
  );
}
