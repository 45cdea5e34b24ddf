import type { Feature } from '../platform/feature.ts';
import { buildRegistry } from '../platform/registry.ts';
import { health } from './health/feature.ts';
import { home } from './home/feature.ts';
import { charter } from './charter/feature.ts';
import { accounts } from './accounts/feature.ts';
import { following } from './following/feature.ts';
import { signing } from './signing/feature.ts';
import { referrals } from './referrals/feature.ts';
import { organisations } from './organisations/feature.ts';
import { activities } from './activities/feature.ts';
import { campaigns } from './campaigns/feature.ts';
import { practices } from './practices/feature.ts';
import { obstacles } from './obstacles/feature.ts';
import { actions } from './actions/feature.ts';
import { assessment } from './assessment/feature.ts';
import { reports } from './reports/feature.ts';
import { evaluation } from './evaluation/feature.ts';
import { signatories } from './signatories/feature.ts';
import { legal } from './legal/feature.ts';
import { gallery } from './gallery/feature.ts';
import { exchange } from './exchange/feature.ts';
import { safety } from './safety/feature.ts';

/**
 * Every feature: adding one is one folder and one line here (docs/new-feature.md). The order
 * is the order of routes, migrations' owners, backups and event listeners: a feature comes after
 * those whose tables its own tables point to (organisations after accounts, signing after both).
 */
export const features: Feature[] = [
  health,
  charter,
  home,
  accounts,
  following,
  organisations,
  activities,
  campaigns,
  practices,
  obstacles,
  actions,
  assessment,
  signing,
  reports,
  evaluation,
  referrals,
  signatories,
  legal,
  gallery,
  exchange,
  safety,
];

/** The features put together as the platform reads them (app, server, cli and tests use it). */
export const registry = buildRegistry(features);
