import type { DashboardStatus } from '../../service-cycles.ts';

/** A colour per status on the secretariat's pages: green reported, red not reporting. */
export const STATUS_TONE: Record<DashboardStatus, 'grey' | 'green' | 'blue' | 'red' | 'yellow'> = {
  notOpen: 'grey',
  notStarted: 'grey',
  inProgress: 'blue',
  late: 'yellow',
  reported: 'green',
  notReporting: 'red',
};
