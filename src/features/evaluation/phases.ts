// An evaluation's phases follow its days (Belgian calendar days, YYYY-MM-DD): before the
// consultation opens it is scheduled; then consultation, proposals, vote and result, each from
// its own day. Pure, so that pages, services and tests compute the same phase for a given day.

export type Phase = 'scheduled' | 'consultation' | 'proposals' | 'vote' | 'result';

export interface PhaseDays {
  consultation_opens_on: string;
  proposals_opens_on: string;
  vote_opens_on: string;
  result_on: string;
}

export const PHASES: readonly Phase[] = ['scheduled', 'consultation', 'proposals', 'vote', 'result'];

export function phaseOf(days: PhaseDays, today: string): Phase {
  if (today >= days.result_on) return 'result';
  if (today >= days.vote_opens_on) return 'vote';
  if (today >= days.proposals_opens_on) return 'proposals';
  if (today >= days.consultation_opens_on) return 'consultation';
  return 'scheduled';
}

/** Has `phase` opened on `today`? A phase's settings are frozen from then on. */
export function hasOpened(days: PhaseDays, phase: Exclude<Phase, 'scheduled'>, today: string): boolean {
  return PHASES.indexOf(phaseOf(days, today)) >= PHASES.indexOf(phase);
}
