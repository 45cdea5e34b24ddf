import assert from 'node:assert/strict';
import { before, beforeEach, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { addDays, belgianToday } from './clock.ts';
import { saveEvaluation, type Settings } from './service-setup.ts';

// The secretariat's settings: days in order and not in the past, and what has started frozen:
// the day of an opened phase, and the quorum and majority once the vote has opened. The clock is
// set by passing `today`.

const DAY0 = '2030-01-10';
const settings = (over: Partial<Settings> = {}): Settings => ({
  consultation_opens_on: '2030-02-01',
  proposals_opens_on: '2030-03-01',
  vote_opens_on: '2030-04-01',
  result_on: '2030-04-15',
  quorum: 'half',
  majority: 'twoThirds',
  ...over,
});

describeEachEngine('evaluation: setting up the evaluation', (t) => {
  let secretariat: TestUser;

  before(async () => {
    secretariat = await createUser(t().db, { secretariat: true });
  });
  beforeEach(async () => {
    await t().db.deleteFrom('evaluations').execute();
  });

  const errorsOf = async (s: Settings, today: string) => {
    const out = await saveEvaluation(t().db, secretariat.id, s, today);
    assert.equal(out.ok, false);
    return out.ok ? {} : out.errors;
  };

  test('days must be in order and not in the past; a valid evaluation is made for the charter in force', async () => {
    assert.deepEqual(await errorsOf(settings({ vote_opens_on: '2030-03-01' }), DAY0), {
      vote: 'evaluation.setup.error.order',
    });
    assert.deepEqual(await errorsOf(settings({ consultation_opens_on: '2030-01-09' }), DAY0), {
      consultation: 'evaluation.setup.error.past',
    });
    const made = await saveEvaluation(t().db, secretariat.id, settings(), DAY0);
    assert.ok(made.ok && made.value.created);
    const row = await t().db.selectFrom('evaluations').selectAll().executeTakeFirstOrThrow();
    assert.equal(Number(row.charter_version), 1);
    assert.equal(row.quorum, 'half');
  });

  test('only one evaluation at a time: saving again changes the running one', async () => {
    await saveEvaluation(t().db, secretariat.id, settings(), DAY0);
    const again = await saveEvaluation(t().db, secretariat.id, settings({ result_on: '2030-05-01' }), DAY0);
    assert.ok(again.ok && !again.value.created);
    const rows = await t().db.selectFrom('evaluations').select('result_on').execute();
    assert.deepEqual(rows, [{ result_on: '2030-05-01' }]);
  });

  test('an opened phase keeps its day; the rules freeze when the vote opens; every change is audited', async () => {
    const made = await saveEvaluation(t().db, secretariat.id, settings(), DAY0);
    assert.ok(made.ok);
    // During the consultation: its day is frozen, the later ones and the rules still change.
    const inConsultation = '2030-02-10';
    assert.deepEqual(await errorsOf(settings({ consultation_opens_on: '2030-02-11' }), inConsultation), {
      consultation: 'evaluation.setup.error.frozenDay',
    });
    const moved = await saveEvaluation(
      t().db,
      secretariat.id,
      settings({ proposals_opens_on: '2030-03-05', majority: 'simple' }),
      inConsultation,
    );
    assert.ok(moved.ok);
    // During the vote: the first three days and the rules are frozen; the result's day is not.
    const inVote = '2030-04-02';
    const opened = settings({ proposals_opens_on: '2030-03-05', majority: 'simple' });
    assert.deepEqual(await errorsOf({ ...opened, vote_opens_on: '2030-04-03', quorum: 'none', majority: 'absolute' }, inVote), {
      vote: 'evaluation.setup.error.frozenDay',
      quorum: 'evaluation.setup.error.frozenRules',
      majority: 'evaluation.setup.error.frozenRules',
    });
    assert.ok((await saveEvaluation(t().db, secretariat.id, { ...opened, result_on: '2030-04-20' }, inVote)).ok);
    const audits = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', made.value.id)
      .orderBy('at')
      .execute();
    assert.deepEqual(audits.map((a) => a.action).sort(), [
      'evaluation.created',
      'evaluation.settings_changed',
      'evaluation.settings_changed',
    ]);
    assert.ok(
      audits.some(
        (a) =>
          a.details ===
          JSON.stringify({
            proposals_opens_on: { from: '2030-03-01', to: '2030-03-05' },
            majority: { from: 'twoThirds', to: 'simple' },
          }),
      ),
      'the change says what each setting was before',
    );
  });

  test('the page: a mistake is shown beside its field with every value kept; a frozen day is not asked', async () => {
    const client = await signedInClient(t(), secretariat);
    const url = '/en/secretariat/evaluation';
    const today = belgianToday();
    const fields = {
      consultation: addDays(today, 10),
      proposals: addDays(today, 5),
      vote: addDays(today, 30),
      result: '31/13/2030',
      quorum: 'half',
      majority: 'simple',
    };
    const bad = await client.submit(url, fields);
    assert.equal(bad.status, 400);
    assert.match(bad.body, /Enter a real date/);
    assert.match(bad.body, /value="31\/13\/2030"/);
    assert.match(bad.body, new RegExp(`value="${fields.vote}"`));
    const unordered = await client.submit(url, { ...fields, result: addDays(today, 40) });
    assert.equal(unordered.status, 400);
    assert.match(unordered.body, /This day must come after the day of the phase before/);
    assert.match(unordered.body, new RegExp(`value="${fields.proposals}"`));
    const good = await client.submit(url, { ...fields, proposals: addDays(today, 20), result: addDays(today, 40) });
    assert.equal(good.status, 303);
    // Move the consultation to today: it has opened, and the page shows its day without a field.
    await t().db.updateTable('evaluations').set({ consultation_opens_on: today }).execute();
    const page = await client.get(url);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /id="field-consultation"/);
    assert.match(page.body, /id="field-proposals"/);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
  });
});
