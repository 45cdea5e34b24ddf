import type { FastifyInstance } from 'fastify';

/** The secretariat's side: framework versions, aggregates, runs shared with it (issue 9). */
export async function secretariatRoutes(_app: FastifyInstance): Promise<void> {}
