import type { FastifyInstance } from 'fastify';

/** Registers the zod type provider and the OpenAPI document (filled in by the API work). */
export async function registerOpenApi(_app: FastifyInstance): Promise<void> {}
