// The outcome of one proposal in the charter's joint evaluation (issue 10): one vote per
// signatory organisation, yes, no or abstain; a quorum and a majority the secretariat sets before
// the vote opens. Pure, so that the result page, open data and the tests read the same outcome,
// with the figures it came from.

export type Quorum = 'none' | 'half' | 'twoThirds';
export type Majority = 'simple' | 'absolute' | 'twoThirds';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

export interface VoteRules {
  quorum: Quorum;
  majority: Majority;
}

export type VoteOutcome = 'accepted' | 'rejected' | 'noQuorum';

export interface VoteResult {
  outcome: VoteOutcome;
  /** Organisations that voted (abstaining counts: it is taking part). */
  cast: number;
  /** The votes the quorum asks for, out of `eligible`. */
  quorumNeeded: number;
  /** The yes votes the majority asks for, given the votes cast. */
  yesNeeded: number;
}

/** The smallest whole number of votes that reaches `fraction` of `of` (half of 9 is 5, two thirds of 9 is 6). */
const atLeast = (fraction: [number, number], of: number) => Math.ceil((of * fraction[0]) / fraction[1]);

/**
 * How each rule reads, as the result page states it:
 * - quorum: at least half, or two thirds, of the eligible organisations voted (abstaining included);
 * - simple majority: more yes than no (abstentions left aside);
 * - absolute majority: more than half of the votes cast are yes (an abstention weighs as not yes);
 * - two-thirds majority: at least two thirds of the yes and no votes are yes (abstentions left aside).
 */
export function outcomeOf(tally: Tally, eligible: number, rules: VoteRules): VoteResult {
  const cast = tally.yes + tally.no + tally.abstain;
  const quorumNeeded =
    rules.quorum === 'none' ? 0 : rules.quorum === 'half' ? atLeast([1, 2], eligible) : atLeast([2, 3], eligible);
  const expressed = tally.yes + tally.no;
  const yesNeeded =
    rules.majority === 'simple'
      ? tally.no + 1
      : rules.majority === 'absolute'
        ? Math.floor(cast / 2) + 1
        : Math.max(1, atLeast([2, 3], expressed));
  if (cast < quorumNeeded || cast === 0) return { outcome: 'noQuorum', cast, quorumNeeded, yesNeeded };
  return { outcome: tally.yes >= yesNeeded ? 'accepted' : 'rejected', cast, quorumNeeded, yesNeeded };
}
