import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';

/**
 * Online safety (the Charter's commitment 8): one public page with the national resources and
 * what an organisation can do. No tables, no data: the page takes no parameter, so the page
 * sweep opens it without `demoPages`.
 */
export const safety: Feature = {
  name: 'safety',
  routes,
  // In the footer: the header's main tasks already make five rows on a 320 px screen.
  footerLinks: [{ path: '/safety', label: 'safety.nav', order: 10 }],
};
