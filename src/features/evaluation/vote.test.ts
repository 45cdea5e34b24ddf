import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outcomeOf, type Majority, type Quorum } from './vote.ts';

const rules = (quorum: Quorum, majority: Majority) => ({ quorum, majority });
const outcome = (yes: number, no: number, abstain: number, eligible: number, quorum: Quorum, majority: Majority) =>
  outcomeOf({ yes, no, abstain }, eligible, rules(quorum, majority)).outcome;

test('quorum: none, half or two thirds of the eligible organisations, abstaining counts as taking part', () => {
  assert.equal(outcome(1, 0, 0, 100, 'none', 'simple'), 'accepted');
  assert.equal(outcome(0, 0, 0, 100, 'none', 'simple'), 'noQuorum', 'nobody voted');
  assert.equal(outcome(30, 10, 9, 99, 'half', 'simple'), 'noQuorum', '49 of 99: half is 50');
  assert.equal(outcome(30, 10, 10, 99, 'half', 'simple'), 'accepted');
  assert.equal(outcome(60, 0, 5, 99, 'twoThirds', 'simple'), 'noQuorum', '65 of 99: two thirds is 66');
  assert.equal(outcome(60, 0, 6, 99, 'twoThirds', 'simple'), 'accepted');
  assert.deepEqual(outcomeOf({ yes: 4, no: 3, abstain: 2 }, 9, rules('twoThirds', 'simple')), {
    outcome: 'accepted',
    cast: 9,
    quorumNeeded: 6,
    yesNeeded: 4,
  });
});

test('simple majority: more yes than no; a tie is rejected; abstentions left aside', () => {
  assert.equal(outcome(5, 4, 50, 100, 'none', 'simple'), 'accepted');
  assert.equal(outcome(5, 5, 0, 100, 'none', 'simple'), 'rejected');
  assert.equal(outcome(0, 0, 10, 100, 'none', 'simple'), 'rejected', 'only abstentions');
});

test('absolute majority: more than half of the votes cast are yes', () => {
  assert.equal(outcome(6, 2, 2, 100, 'none', 'absolute'), 'accepted', '6 of 10');
  assert.equal(outcome(5, 2, 3, 100, 'none', 'absolute'), 'rejected', '5 of 10 is not more than half');
  assert.equal(outcome(5, 1, 5, 100, 'none', 'absolute'), 'rejected', 'abstentions weigh as not yes');
  assert.equal(outcomeOf({ yes: 6, no: 2, abstain: 3 }, 100, rules('none', 'absolute')).yesNeeded, 6);
});

test('two-thirds majority: at least two thirds of the yes and no votes', () => {
  assert.equal(outcome(6, 3, 40, 100, 'none', 'twoThirds'), 'accepted', '6 of 9');
  assert.equal(outcome(5, 3, 0, 100, 'none', 'twoThirds'), 'rejected', '5 of 8 is under two thirds');
  assert.equal(outcome(2, 1, 0, 100, 'none', 'twoThirds'), 'accepted', '2 of 3');
  assert.equal(outcome(0, 0, 4, 100, 'none', 'twoThirds'), 'rejected', 'only abstentions');
});
