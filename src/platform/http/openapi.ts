import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';

/** The only part of the app the OpenAPI document describes: the public REST API. */
const API_PREFIX = '/api/v1/';

/**
 * Registers the zod type provider for the whole app and the OpenAPI 3.1 document at
 * GET /api/openapi.json. Runs before the feature routes, so every route registered later
 * is seen; pages and other non-API routes are left out of the document.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Inclusio public API',
        description:
          'Open data about the organisations that signed the Charter for Digital Inclusion in Belgium, ' +
          'and the good practices they share. ' +
          'No key is needed. Lists use keyset pagination: pass the `next` value you received as `after`.',
        version: '1.0.0',
        license: { name: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      },
      servers: [{ url: app.deps.config.baseUrl }],
      tags: [
        { name: 'signatories', description: 'Who signed the charter' },
        {
          name: 'practices',
          description:
            'The library of good practices the signatories publish. An Atom feed of the newest ones, in the ' +
            "reader's language where a practice has it, is at /{lang}/practices.atom (lang: nl, fr, de or en).",
        },
        {
          name: 'exchange',
          description:
            'Offers and asks: what signatories can give and what they need, open and not expired, newest first. ' +
            'Causes use the practices’ codes, regions the signatories’.',
        },
        {
          name: 'reports',
          description:
            'Commitment 9: each signatory’s reporting status per yearly cycle (with the day it holds from), the ' +
            'submitted public reports with their headline figures, and the consolidated figures of each year.',
        },
        {
          name: 'evaluation',
          description: 'The joint evaluation of the charter: the proposals to change its wording and the result of the vote.',
        },
      ],
    },
    transform: (input) => {
      if (!input.url.startsWith(API_PREFIX)) return { schema: { hide: true } as never, url: input.url };
      return jsonSchemaTransform(input);
    },
    // Schemas named with .meta({ id }) become components the operations refer to.
    transformObject: jsonSchemaTransformObject,
  });

  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      reply.header('access-control-allow-origin', '*');
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger()));
    });
}
