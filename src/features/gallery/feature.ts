import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';

/** The component gallery, for the people who build the site; the secretariat can open it. */
export const gallery: Feature = {
  name: 'gallery',
  routes,
  secretariatLinks: [{ path: '/secretariat/gallery', label: 'signing.secretariat.gallery', order: 90 }],
};
