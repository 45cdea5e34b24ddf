import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { SECTORS } from '../organisations/vocabulary.ts';
import { decodeCursor, encodeCursor, publishedPractice } from './service-read.ts';
import {
  adopterSlugs,
  API_MAX,
  API_PAGE,
  knownTotal,
  NO_FILTER,
  practicesPage,
  API_SEARCH_CAP,
  wholeSelection,
  type ApiFilter,
} from './service-api.ts';
import { practiceDetailSchema, practiceSchema, toCsv, toDetailRecord, toRecord } from './opendata.ts';
import { atomFeed, FEED_SIZE } from './atom.ts';
import { TAG_NAMES, TAGS, type TagName } from './vocabulary.ts';
import { apiErrorSchema, apiBadRequest, refuseQuery, pageParams } from '../../platform/http/api.ts';

// The practices' public API, open-data files and Atom feed. Query parameters are checked
// strictly (a wrong value is a 400 that says which), as signatories' API does.

const tagParams = Object.fromEntries(
  TAG_NAMES.map((t) => [t, z.enum(TAGS[t] as unknown as [string, ...string[]]).optional()]),
) as { [T in TagName]: z.ZodOptional<z.ZodEnum> };

const selectionQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words to find in any language (stems and prefixes match)'),
  ...tagParams,
  sector: z.enum(SECTORS).optional().describe("The organisation's sector"),
  text_lang: z.enum(LANGS).optional().describe('Only practices written in this language'),
  lang: z
    .enum(LANGS)
    .optional()
    .describe('Language of titles, summaries and links, when the practice has it (default nl)'),
});

const listQuery = selectionQuery.extend({
  ...pageParams(300, API_MAX, API_PAGE),
});

type SelectionQuery = z.output<typeof selectionQuery>;

const listSchema = z
  .object({
    total: z
      .number()
      .int()
      .nullable()
      .describe(
        'How many match on all pages, when known without counting (no filter, or one tag alone); null otherwise',
      ),
    search_capped: z
      .boolean()
      .describe(
        `True when the text search matched more than ${API_SEARCH_CAP} practices and only those were considered`,
      ),
    items: z.array(practiceSchema),
    next: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
    next_url: z.string().nullable(),
  })
  .describe('One page of published practices, newest first');

function toFilter(q: SelectionQuery): ApiFilter {
  const filter: ApiFilter = {
    ...NO_FILTER,
    q: q.q ? q.q : null,
    sector: q.sector ?? null,
    textLang: q.text_lang ?? null,
  };
  for (const t of TAG_NAMES) (filter as Record<string, unknown>)[t] = q[t] ?? null;
  return filter;
}

function openData(reply: FastifyReply, filename: string, disposition: 'attachment' | 'inline') {
  reply.header('cache-control', 'public, max-age=300');
  reply.header('access-control-allow-origin', '*');
  reply.header('content-disposition', `${disposition}; filename="${filename}"`);
}

/** The query string again, without what is not set, plus `extra`: for `next_url`. */
function queryString(q: Record<string, unknown>, extra: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, ...extra })) if (v !== undefined && v !== '') params.set(k, String(v));
  return `?${params.toString()}`;
}

const today = () => new Date().toISOString().slice(0, 10);

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['practices'];
  const open = { permission: 'public' as const };

  api.get(
    '/api/v1/practices',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'List published practices, a page at a time',
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
      const lang: Lang = request.query.lang ?? 'nl';
      const [page, total] = await Promise.all([
        practicesPage(db, filter, after, request.query.limit ?? API_PAGE),
        knownTotal(db, filter),
      ]);
      const next = page.next ? encodeCursor(page.next) : null;
      const { after: _after, ...rest } = request.query;
      reply.header('cache-control', 'public, max-age=60');
      reply.header('access-control-allow-origin', '*');
      return {
        total,
        search_capped: page.capped,
        items: page.items.map((p) => toRecord(p, config.baseUrl, lang)),
        next,
        next_url: next ? `${config.baseUrl}/api/v1/practices${queryString(rest, { after: next })}` : null,
      };
    },
  );

  for (const format of ['csv', 'json'] as const) {
    api.get(
      `/api/v1/practices.${format}`,
      {
        config: open,
        attachValidation: true,
        schema: {
          tags,
          summary: `Every published practice in the selection, as ${format.toUpperCase()}`,
          description:
            format === 'csv'
              ? 'UTF-8 with a byte-order mark, comma-separated, a header row. Lists (tags, languages) are separated by semicolons.'
              : 'One JSON object: generated_at, total, licence and items (the records of the list).',
          querystring: selectionQuery,
          response: {
            200:
              format === 'csv'
                ? { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } }
                : {
                    description: 'The JSON file',
                    content: {
                      'application/json': {
                        schema: z.object({
                          generated_at: z.string(),
                          total: z.number().int(),
                          licence: z.string(),
                          items: z.array(practiceSchema),
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
        const records = (await wholeSelection(db, toFilter(request.query))).map((p) =>
          toRecord(p, config.baseUrl, lang),
        );
        if (format === 'csv') {
          openData(reply, `practices-${today()}.csv`, 'attachment');
          return reply.type('text/csv; charset=utf-8').send(toCsv(records));
        }
        openData(reply, `practices-${today()}.json`, 'inline');
        const body = {
          generated_at: new Date().toISOString(),
          total: records.length,
          licence: 'CC0-1.0',
          items: records,
        };
        // Written as text: one JSON.stringify is much faster than a checked serializer on a large file.
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(body) as never);
      },
    );
  }

  api.get(
    '/api/v1/practices/:slug',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary: 'One published practice, with its texts in every language, tags, organisation and adopters',
        params: z.object({ slug: z.string().min(1).max(200) }),
        querystring: z.object({
          lang: z.enum(LANGS).optional().describe('Language of title, summary and link (default nl)'),
        }),
        response: {
          200: practiceDetailSchema.describe('The practice'),
          400: apiBadRequest,
          404: apiErrorSchema.describe('No published practice has this slug'),
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      reply.header('access-control-allow-origin', '*');
      const view = await publishedPractice(db, request.params.slug);
      if (!view) return reply.status(404).send({ error: 'notFound', statusCode: 404 });
      const texts = view.texts;
      const adoptedBy = await adopterSlugs(db, view.practice.id);
      reply.header('cache-control', 'public, max-age=60');
      return toDetailRecord(
        { practice: view.practice, texts, org: view.org },
        { contactName: view.revision.contact_name, adoptedBy },
        config.baseUrl,
        request.query.lang ?? 'nl',
      );
    },
  );

  app.get(
    '/:lang/practices.atom',
    {
      config: open,
      schema: {
        tags,
        summary: 'Atom feed of the most recently published practices, in the language of the URL where they have it',
      },
    },
    async (request, reply) => {
      const page = await practicesPage(db, NO_FILTER, null, FEED_SIZE);
      reply.header('cache-control', 'public, max-age=300');
      return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(config.baseUrl, request.lang, page.items));
    },
  );
}
