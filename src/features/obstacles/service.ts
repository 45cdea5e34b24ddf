// The obstacles feature's API. Other features use only what this module exports: an
// organisation's public profile lists what it reported and endorsed (obstaclesOfOrganisation).

export * from './service-report.ts';
export * from './service-moderation.ts';
export { obstaclesOfOrganisation, type ObstacleItem } from './service-public.ts';
export type { ObstacleDeps, Outcome, Reason } from './outcome.ts';
