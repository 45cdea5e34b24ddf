import type { FastifyInstance } from 'fastify';

/** Starting a run, answering it a dimension at a time, checking and submitting (issue 9). */
export async function runRoutes(_app: FastifyInstance): Promise<void> {}
