import type { FastifyInstance } from 'fastify';

/** Serves uploaded files (organisation logos) from $DATA_DIR/uploads. */
export async function registerFileRoutes(_app: FastifyInstance): Promise<void> {}
