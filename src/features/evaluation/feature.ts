import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { rebuildCounts } from './repository-consultation.ts';
import { demo, demoPages } from './demo.ts';
import { DRAFT_SECRETARIAT_LINK } from './routes-result.tsx';
import './evaluation.table.ts';

/**
 * Commitment 9: the three-year joint evaluation of the charter (consultation, proposals, vote,
 * result) that leads to its next version (issue 10).
 */
export const evaluation: Feature = {
  name: 'evaluation',
  routes,
  migrations,
  tables: [
    'evaluations',
    'evaluation_answers',
    'evaluation_groups',
    'evaluation_proposals',
    'evaluation_comments',
    'evaluation_supports',
    'evaluation_votes',
  ],
  // Kept by the consultation's writes, rebuilt from the answers after a restore.
  notBackedUp: ['evaluation_answer_counts'],
  afterRestore: rebuildCounts,
  footerLinks: [{ path: '/evaluation', label: 'evaluation.overview.footer', order: 40 }],
  secretariatLinks: [
    { path: '/secretariat/evaluation', label: 'evaluation.setup.link', order: 30 },
    DRAFT_SECRETARIAT_LINK,
  ],
  demo,
  demoPages,
};
