import type { Feature } from './feature.ts';
import { health } from './health/routes.ts';
import { home } from './home/routes.tsx';

/** Every feature, in the order its routes are registered. */
export const features: Feature[] = [health, home];
