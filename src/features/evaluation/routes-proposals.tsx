import type { FastifyInstance } from 'fastify';

// Placeholder: the routes are being built (issue 10).
export async function proposalRoutes(_app: FastifyInstance): Promise<void> {}
