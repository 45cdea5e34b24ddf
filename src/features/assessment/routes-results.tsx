import type { FastifyInstance } from 'fastify';

/** A run's results, what to do next, the peer benchmark, and the PDF and CSV (issue 9). */
export async function resultsRoutes(_app: FastifyInstance): Promise<void> {}
