import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { prepareCharter } from './service.ts';

/** The charter's versions and texts: loaded on every start, shown, and signed by the signing feature. */
export const charter: Feature = {
  name: 'charter',
  routes,
  migrations,
  tables: ['charter_versions', 'charter_texts', 'charter_commitments'],
  prepare: prepareCharter,
  navigation: [{ path: '/charter', label: 'layout.nav.charter', order: 10 }],
  // The page sweep opens the first version's page.
  demoPages: async () => ({ params: { version: '1' } }),
};
