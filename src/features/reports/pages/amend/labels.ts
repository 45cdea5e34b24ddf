import type { HeadlineField } from '../../totals.ts';

/** The headline figures' names, the same on every page that shows them. */
export const HEADLINE_LABEL: Record<HeadlineField, string> = {
  people_trained: 'reports.amend.figure.peopleTrained',
  people_reached: 'reports.amend.figure.peopleReached',
  training_hours: 'reports.amend.figure.trainingHours',
  devices: 'reports.amend.figure.devices',
};
