import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import './reports.table.ts';
import { consolidatedDemoPages } from './demo-consolidated.ts';

/**
 * Commitment 9: yearly reporting cycles, each signatory's report with its public reporting
 * status, and the consolidated report per year (issue 10).
 */
export const reports: Feature = {
  name: 'reports',
  routes,
  migrations,
  tables: [
    'reporting_cycles',
    'reports',
    'report_sections',
    'report_targets',
    'report_statements',
    'report_amendments',
    // The daily job's state: kept, so that a restore does not send the day's reminders again.
    'reporting_statuses',
  ],
  // Kept by submissions and amendments, and rebuilt from the submitted reports after a restore.
  notBackedUp: ['report_totals'],
  footerLinks: [{ path: '/reports', label: 'reports.consolidated.footerLink', order: 30 }],
  demoPages: consolidatedDemoPages,
};
