import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mustReport, reportingStatus, type CycleDates } from './status.ts';

// A cycle for 2026: open from 1 February 2027, due 31 May, grace until 30 June.
const cycle: CycleDates = { year: 2026, opensOn: '2027-02-01', dueOn: '2027-05-31', graceUntil: '2027-06-30' };
const signed = '2025-06-12T09:30:00.000Z';
const at = (today: string, report: { submittedOn: string | null } | null = null, signedAt: string | null = signed) =>
  reportingStatus({ cycle, signedAt, report, today });

test('who must report: those that signed before the year began, in Belgian time', () => {
  assert.equal(mustReport('2025-12-31T22:59:59.000Z', 2026), true, '23:59:59 on 31 December in Brussels');
  assert.equal(mustReport('2025-12-31T23:00:00.000Z', 2026), false, 'midnight on 1 January in Brussels');
  assert.equal(mustReport('2026-03-01T10:00:00.000Z', 2026), false);
  assert.equal(mustReport(null, 2026), false);
});

test('through the cycle without a report: not open, not started, late, then not reporting', () => {
  assert.deepEqual(at('2027-01-31'), { status: 'notOpen', since: null, afterDeadline: false });
  assert.deepEqual(at('2027-02-01'), { status: 'notStarted', since: '2027-02-01', afterDeadline: false });
  assert.deepEqual(at('2027-05-31'), { status: 'notStarted', since: '2027-02-01', afterDeadline: false });
  assert.deepEqual(at('2027-06-01'), { status: 'late', since: '2027-06-01', afterDeadline: false });
  assert.deepEqual(at('2027-06-30'), { status: 'late', since: '2027-06-01', afterDeadline: false });
  assert.deepEqual(at('2027-07-01'), { status: 'notReporting', since: '2027-07-01', afterDeadline: false });
});

test('a draft is in progress until the deadline, then late like no report at all', () => {
  const draft = { submittedOn: null };
  assert.equal(at('2027-03-10', draft).status, 'inProgress');
  assert.equal(at('2027-06-02', draft).status, 'late');
  assert.equal(at('2027-08-01', draft).status, 'notReporting');
});

test('a submitted report counts as reported, and says when it came after the deadline', () => {
  assert.deepEqual(at('2027-09-01', { submittedOn: '2027-05-31' }), {
    status: 'reported',
    since: '2027-05-31',
    afterDeadline: false,
  });
  assert.deepEqual(at('2027-09-01', { submittedOn: '2027-06-15' }), {
    status: 'reported',
    since: '2027-06-15',
    afterDeadline: true,
  });
});

test('an organisation that signed during the year need not report, but may', () => {
  const newcomer = '2026-04-01T08:00:00.000Z';
  assert.equal(at('2027-07-15', null, newcomer).status, 'notRequired');
  assert.equal(at('2027-03-01', { submittedOn: '2027-03-01' }, newcomer).status, 'reported');
});

test('the day after the deadline crosses months and years', () => {
  const december: CycleDates = { year: 2026, opensOn: '2027-10-01', dueOn: '2027-12-31', graceUntil: '2028-02-29' };
  const status = (today: string) => reportingStatus({ cycle: december, signedAt: signed, report: null, today });
  assert.equal(status('2028-01-01').since, '2028-01-01');
  assert.equal(status('2028-03-01').since, '2028-03-01');
});
