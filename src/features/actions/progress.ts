import type { MilestoneStatus } from './actions.table.ts';

// An action's progress is the weighted mean of its milestones' progress (issue 7, as Decidim's
// accountability module does it): a planned milestone counts 0, one under way its percentage,
// a done one 100. Rounded to a whole percent; no milestones means 0.

export interface Weighted {
  weight: number;
  status: MilestoneStatus;
  percent: number;
}

export function milestoneProgress(m: Pick<Weighted, 'status' | 'percent'>): number {
  if (m.status === 'done') return 100;
  if (m.status === 'planned') return 0;
  return Math.min(100, Math.max(0, Math.round(m.percent)));
}

export function weightedProgress(milestones: readonly Weighted[]): number {
  let total = 0;
  let sum = 0;
  for (const m of milestones) {
    const w = Math.max(0, Math.trunc(m.weight));
    total += w;
    sum += w * milestoneProgress(m);
  }
  return total === 0 ? 0 : Math.round(sum / total);
}
