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
  navigation: [{ path: '/safety', label: 'safety.nav', order: 25 }],
};
