// The progress status of an organisation's own target (issue 10), computed as Open SDG computes
// it (Statistics Canada's method, after Eurostat): the compound annual growth rate (CAGR) between
// the base value and the latest, compared with the rate the target needs, or, without a target,
// with fixed rates. It is a pure function: the report stores the values, and the page shows the
// status next to the inputs it came from.
//
// Left out on purpose: the scaling factor for indicators with a natural limit (a share that
// cannot pass 100%). An organisation's own indicators have no agreed limit to scale by.

export type Direction = 'increase' | 'decrease';

export type ProgressStatus =
  'achieved' | 'onTrack' | 'needsAcceleration' | 'limited' | 'deterioration' | 'notAssessable';

export interface Observation {
  year: number;
  value: number;
}

export interface ProgressInput {
  /** The values measured, in any order; the first year is the base, the last the latest. */
  observations: readonly Observation[];
  direction: Direction;
  /** The value aimed at and the year it is due; none for an indicator that only has a direction. */
  target?: { value: number; year: number } | null;
}

export interface Progress {
  status: ProgressStatus;
  /** What the status was read from, to show beside it (rates as fractions: 0.015 is 1.5%). */
  base: Observation | null;
  latest: Observation | null;
  observedRate: number | null;
  requiredRate: number | null;
  /** Observed rate over required rate, with a target. */
  ratio: number | null;
}

/** The method's stand-in for zero: a growth rate cannot start from or reach 0. */
const ZERO = 0.001;

/** Thresholds with a target: the ratio of observed to required growth. */
const RATIO_ON_TRACK = 0.95;
const RATIO_ACCELERATION = 0.6;

/** Thresholds without a target: the observed growth rate in the desired direction. */
const RATE_ON_TRACK = 0.015;
const RATE_ACCELERATION = 0.005;

const cagr = (from: number, to: number, years: number) => (to / from) ** (1 / years) - 1;

/** The four bands both ways share: above the first threshold, above the second, above zero, below. */
function band(value: number, onTrack: number, acceleration: number): ProgressStatus {
  if (value >= onTrack) return 'onTrack';
  if (value >= acceleration) return 'needsAcceleration';
  return value >= 0 ? 'limited' : 'deterioration';
}
const nonZero = (v: number) => (v === 0 ? ZERO : v);

export function progressOf(input: ProgressInput): Progress {
  const sorted = [...input.observations].filter((o) => Number.isFinite(o.value)).sort((a, b) => a.year - b.year);
  const base = sorted[0] ?? null;
  const latest = sorted.at(-1) ?? null;
  const none: Progress = { status: 'notAssessable', base, latest, observedRate: null, requiredRate: null, ratio: null };
  if (!base || !latest || latest.year <= base.year) return none;

  // An exponential model needs one sign throughout (zero counts with either). With only
  // negative values the magnitudes are compared and the wanted direction turns round.
  const values = [...sorted.map((o) => o.value), ...(input.target ? [input.target.value] : [])];
  const negative = values.some((v) => v < 0);
  if (negative && values.some((v) => v > 0)) return none;
  const size = (v: number) => nonZero(Math.abs(v));
  const sign = (input.direction === 'increase' ? 1 : -1) * (negative ? -1 : 1);

  const observedRate = cagr(size(base.value), size(latest.value), latest.year - base.year);
  const target = input.target;
  if (!target) {
    const status = band(sign * observedRate, RATE_ON_TRACK, RATE_ACCELERATION);
    return { status, base, latest, observedRate, requiredRate: null, ratio: null };
  }

  const reached = sign * (size(latest.value) - size(target.value)) >= 0;
  if (reached) return { status: 'achieved', base, latest, observedRate, requiredRate: null, ratio: null };
  if (target.year <= base.year) return { ...none, observedRate };
  const requiredRate = cagr(size(base.value), size(target.value), target.year - base.year);
  // Measured in the wanted direction, so that a base that had already met the target and fell
  // back counts as going the wrong way rather than as a ratio of two negative rates.
  const needed = Math.abs(requiredRate);
  // The base was the target itself and the latest value is short of it: it went the wrong way.
  if (needed === 0) return { status: 'deterioration', base, latest, observedRate, requiredRate, ratio: null };
  const ratio = (sign * observedRate) / needed;
  return { status: band(ratio, RATIO_ON_TRACK, RATIO_ACCELERATION), base, latest, observedRate, requiredRate, ratio };
}
