import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';

/** The contact, accessibility and privacy pages, and the settings the secretariat keeps for them. */
export const legal: Feature = {
  name: 'legal',
  routes,
  secretariatLinks: [{ path: '/secretariat/settings', label: 'signing.secretariat.settings', order: 10 }],
};
