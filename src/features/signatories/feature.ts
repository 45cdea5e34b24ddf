import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';

/** The public directory, profiles, certificates, badges and open data: read-only, no tables of its own. */
export const signatories: Feature = {
  name: 'signatories',
  routes,
  navigation: [{ path: '/signatories', label: 'layout.nav.signatories', order: 20 }],
};
