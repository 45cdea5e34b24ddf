import type { FastifyInstance } from 'fastify';
import type { Feature } from '../feature.ts';

async function routes(_app: FastifyInstance) {}

export const gallery: Feature = { name: 'gallery', routes };
