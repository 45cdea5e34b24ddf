import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { prepareFrameworks } from './repository-frameworks.ts';
import { rebuildAggregates } from './restore.ts';
import { ASSESSMENT_CONTENT, moveToPeerGroup } from './aggregates.ts';
import { assessmentCommitments } from './commitments.ts';
import { demo, demoPages } from './demo.ts';
import { seedScaleAssessment } from './seed-scale.ts';
import './assessment.table.ts';

/** Commitment 7: a progressive self-assessment with evidence, history and a peer benchmark (issue 9). */
export const assessment: Feature = {
  name: 'assessment',
  contents: [ASSESSMENT_CONTENT],
  routes,
  migrations,
  prepare: prepareFrameworks,
  // `assessment_profiles` holds a choice (the public line) besides counts: it is backed up.
  tables: [
    'assessment_frameworks',
    'assessment_runs',
    'assessment_answers',
    'assessment_profiles',
    'assessment_editors',
  ],
  // Kept by submissions (aggregates.ts) and rebuilt from the submitted runs after a restore.
  notBackedUp: ['assessment_latest', 'assessment_peer_counts', 'assessment_year_counts'],
  secretariatLinks: [{ path: '/secretariat/assessment', label: 'assessment.secretariat.link', order: 14 }],
  afterRestore: rebuildAggregates,
  // An organisation's latest levels follow it to its new peer group (sector and size band).
  events: {
    'organisations:groupChanged': ({ trx }, e) => moveToPeerGroup(trx, e.orgId, e.sector, e.sizeBand),
  },
  // Commitment 7 on the space and, when the organisation chose it, on the public profile.
  commitments: assessmentCommitments,
  demo,
  demoPages,
  // One submitted run per two new signatories (seed --scale N), aggregates summed in bulk.
  scale: seedScaleAssessment,
};
