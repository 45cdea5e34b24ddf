import type { FastifyInstance } from 'fastify';

// Placeholder: the routes are being built (issue 10).
export async function setupRoutes(_app: FastifyInstance): Promise<void> {}
