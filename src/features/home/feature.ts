import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';

/** The home page: routes only (it reads the charter and the directory through their services). */
export const home: Feature = { name: 'home', routes };
