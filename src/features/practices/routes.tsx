import type { FastifyInstance } from 'fastify';

/** The practices feature's pages: writing and review (routes-*.tsx). */
export async function routes(_app: FastifyInstance): Promise<void> {}
