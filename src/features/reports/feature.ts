import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { reportingHousekeeping } from './daily.ts';
import { REMINDER_KIND, REMINDER_QUEUE, reminderHandler } from './mails.ts';
import { demo, demoPages } from './demo.ts';
import { seedScaleReports } from './seed-scale.ts';
import './reports.table.ts';
import { rebuildTotals } from './totals.ts';
import { REPORTS_CONTENT } from './content.ts';
import { reportCommitments } from './commitments.ts';

/**
 * Commitment 9: yearly reporting cycles, each signatory's report with its public reporting
 * status, and the consolidated report per year (issue 10).
 */
export const reports: Feature = {
  name: 'reports',
  routes,
  migrations,
  // A profile shows the statuses and the links to public reports: keepStatus, submissions and
  // amendments move this content (ADR 0022).
  contents: [REPORTS_CONTENT],
  commitments: reportCommitments,
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
  // The reporting day: statuses move on the cycles' days and reminders go out, once a day (ADR 0033).
  housekeeping: reportingHousekeeping,
  jobs: (config) => ({ [REMINDER_QUEUE]: reminderHandler(config) }),
  mailKinds: [
    {
      key: REMINDER_KIND,
      label: 'reports.reminder.mailKind',
      hint: 'reports.reminder.mailKindHint',
      shownTo: (user) => user.memberships.some((m) => m.role === 'admin'),
    },
  ],
  // No count: nothing on the cycles waits for the secretariat (the dashboard has the figures).
  secretariatLinks: [{ path: '/secretariat/reports', label: 'reports.cycles.link', order: 16 }],
  demo,
  demoPages,
  // Reports for most new signatories in the past cycles (seed --scale N), in bulk.
  scale: seedScaleReports,
  afterRestore: rebuildTotals,
  footerLinks: [{ path: '/reports', label: 'reports.consolidated.footerLink', order: 30 }],
};
