import type { FastifyInstance } from 'fastify';

// Placeholder: the routes are being built (issue 10).
export async function reportRoutes(_app: FastifyInstance): Promise<void> {}
