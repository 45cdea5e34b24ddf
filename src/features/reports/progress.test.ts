import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressOf, type ProgressInput } from './progress.ts';

// The Open SDG method on figures worked out by hand. Rates are compound and annual:
// 100 → 104 in two years is √1.04 − 1 ≈ 1.98% a year.

const status = (input: ProgressInput) => progressOf(input).status;
const series = (...pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

test('fewer than two values, or two in the same year: not assessable', () => {
  assert.equal(status({ observations: [], direction: 'increase' }), 'notAssessable');
  assert.equal(status({ observations: series([2025, 10]), direction: 'increase' }), 'notAssessable');
  assert.equal(status({ observations: series([2025, 10], [2025, 12]), direction: 'increase' }), 'notAssessable');
});

test('without a target: the yearly rate against 1.5% and 0.5%, in the wanted direction', () => {
  const up = (latest: number) => status({ observations: series([2024, 100], [2026, latest]), direction: 'increase' });
  assert.equal(up(104), 'onTrack'); // 1.98%
  assert.equal(up(102), 'needsAcceleration'); // 1.00%
  assert.equal(up(101), 'limited'); // 0.499%
  assert.equal(up(100), 'limited'); // 0%
  assert.equal(up(90), 'deterioration');
  const down = (latest: number) => status({ observations: series([2024, 100], [2026, latest]), direction: 'decrease' });
  assert.equal(down(96), 'onTrack'); // −2.02%
  assert.equal(down(104), 'deterioration');
});

test('the base is the first year and the latest the last, whatever the order given', () => {
  const p = progressOf({ observations: series([2026, 104], [2024, 100], [2025, 300]), direction: 'increase' });
  assert.deepEqual(
    [p.base, p.latest],
    [
      { year: 2024, value: 100 },
      { year: 2026, value: 104 },
    ],
  );
  assert.ok(Math.abs(p.observedRate! - (Math.sqrt(1.04) - 1)) < 1e-12);
});

test('with a target: the observed rate over the rate needed, against 95% and 60%', () => {
  // From 100 in 2025 to 200 in 2030 needs 2^(1/5) − 1 ≈ 14.87% a year.
  const toward = (latest: number) =>
    progressOf({
      observations: series([2025, 100], [2026, latest]),
      direction: 'increase',
      target: { value: 200, year: 2030 },
    });
  assert.equal(toward(115).status, 'onTrack'); // 15% / 14.87% ≈ 1.01
  assert.equal(toward(110).status, 'needsAcceleration'); // ≈ 0.67
  assert.equal(toward(105).status, 'limited'); // ≈ 0.34
  assert.equal(toward(95).status, 'deterioration');
  assert.equal(toward(200).status, 'achieved');
  assert.equal(toward(250).status, 'achieved');
  const shown = toward(110);
  assert.ok(Math.abs(shown.requiredRate! - (2 ** (1 / 5) - 1)) < 1e-12);
  assert.ok(Math.abs(shown.ratio! - 0.1 / (2 ** (1 / 5) - 1)) < 1e-12);
});

test('a target to go down to', () => {
  // From 50 to 25 in two years needs −29.3% a year; 50 → 36 in one year is −28%: ratio ≈ 0.96.
  const input = (latest: number): ProgressInput => ({
    observations: series([2025, 50], [2026, latest]),
    direction: 'decrease',
    target: { value: 25, year: 2027 },
  });
  assert.equal(status(input(36)), 'onTrack');
  assert.equal(status(input(45)), 'limited'); // −10% / 29.3% ≈ 0.34
  assert.equal(status(input(55)), 'deterioration');
  assert.equal(status(input(25)), 'achieved');
});

test('a base that had met the target and fell back short of it went the wrong way', () => {
  const input = (base: number): ProgressInput => ({
    observations: series([2025, base], [2026, 90]),
    direction: 'increase',
    target: { value: 100, year: 2027 },
  });
  assert.equal(status(input(120)), 'deterioration');
  assert.equal(status(input(100)), 'deterioration');
});

test('zero stands in as 0.001; mixed signs cannot be assessed; negative values turn the direction', () => {
  assert.equal(status({ observations: series([2025, 0], [2026, 10]), direction: 'increase' }), 'onTrack');
  // A target of zero is 0.001: from 10 that needs −84% a year to 2030, so halving in a year
  // (−50%) is a ratio of about 0.59. The method's own caveat: read zero targets with care.
  assert.equal(
    status({ observations: series([2025, 10], [2026, 5]), direction: 'decrease', target: { value: 0, year: 2030 } }),
    'limited',
  );
  assert.equal(status({ observations: series([2025, -5], [2026, 5]), direction: 'increase' }), 'notAssessable');
  // −10 → −5 is a rise, as wanted.
  assert.equal(status({ observations: series([2025, -10], [2026, -5]), direction: 'increase' }), 'onTrack');
  assert.equal(status({ observations: series([2025, -10], [2026, -12]), direction: 'increase' }), 'deterioration');
});

test('a target due no later than the base year cannot be assessed unless it is met', () => {
  const input = (latest: number): ProgressInput => ({
    observations: series([2025, 100], [2026, latest]),
    direction: 'increase',
    target: { value: 150, year: 2025 },
  });
  assert.equal(status(input(120)), 'notAssessable');
  assert.equal(status(input(150)), 'achieved');
});
