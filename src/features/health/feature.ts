import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.ts';

/** Liveness and readiness for the load balancer: routes only. */
export const health: Feature = { name: 'health', routes };
