import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { changeActivity, deleteActivity, logActivities, logActivity } from './service.ts';
import { publicActivityTotals, totalsOfYear } from './service-read.ts';
import { validActivity, world, type World } from './test-support.ts';

// The log's services: who may write, what is stored, and the totals every write keeps.

describeEachEngine('activities: logging, changing, deleting', (t) => {
  let w: World;
  before(async () => {
    w = await world(t());
  });

  const totalOf = async (orgId: string, year: number, commitment: number) =>
    (await totalsOfYear(t().db, orgId, year)).find((l) => l.commitment === commitment)?.byYear.get(year);

  test('a member of a signatory logs; an outsider and an applicant’s member may not', async () => {
    const made = await logActivity(t().db, w.member.id, w.org.id, validActivity());
    assert.ok(made.ok);
    const row = await t()
      .db.selectFrom('activities')
      .selectAll()
      .where('id', '=', made.value.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.year, 2026);
    assert.equal(row.minutes_per_person, 90);
    assert.equal(row.source, 'form');
    assert.equal(row.campaign_id, null);
    const audit = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('subject_id', '=', made.value.id)
      .execute();
    assert.deepEqual(audit, [{ action: 'activities.logged', actor_user_id: w.member.id }]);

    const outsider = await logActivity(t().db, w.outsider.id, w.org.id, validActivity());
    assert.deepEqual(outsider.ok ? null : outsider.error, 'forbidden');
    const applicant = await logActivity(t().db, w.applicantMember.id, w.applicant.id, validActivity());
    assert.deepEqual(applicant.ok ? null : applicant.error, 'forbidden');
    // Someone else's activity is not found through another organisation.
    const across = await changeActivity(t().db, w.outsider.id, w.other.id, made.value.id, validActivity());
    assert.deepEqual(across.ok ? null : across.error, 'notFound');
    const gone = await deleteActivity(t().db, w.outsider.id, w.other.id, made.value.id);
    assert.deepEqual(gone.ok ? null : gone.error, 'notFound');
  });

  test('the kind decides the default commitment and drops what only matters for another kind', async () => {
    const made = await logActivity(
      t().db,
      w.admin.id,
      w.org.id,
      validActivity({ kind: 'safety', safetyKind: 'phishing', startsOn: '2024-05-02', minutesPerPerson: 60 }),
    );
    assert.ok(made.ok);
    const row = await t()
      .db.selectFrom('activities')
      .selectAll()
      .where('id', '=', made.value.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.commitment_bits, 2 ** 7, 'commitment 8');
    assert.equal(row.minutes_per_person, null);
    assert.equal(row.digcomp_bits, 0);
    assert.equal(row.safety_kind, 'phishing');
    const training = await logActivity(
      t().db,
      w.admin.id,
      w.org.id,
      validActivity({ startsOn: '2024-06-01', safetyKind: 'phishing' }),
    );
    assert.ok(training.ok);
    const trainingRow = await t()
      .db.selectFrom('activities')
      .select(['safety_kind', 'commitment_bits'])
      .where('id', '=', training.value.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(trainingRow, { safety_kind: null, commitment_bits: 2 ** 3 });
  });

  test('totals: entries, people and training hours per commitment; an edit moves year and visibility', async () => {
    const db = t().db;
    const a = await logActivity(db, w.member.id, w.org.id, {
      ...validActivity({ startsOn: '2023-02-01', peopleReached: 10, minutesPerPerson: 90 }),
      tags: { commitment: ['4', '8'], audience: [], group: [], digcomp: [], region: [] },
    });
    assert.ok(a.ok);
    assert.deepEqual(await totalOf(w.org.id, 2023, 0), { entries: 1, people: 10, trainingMinutes: 900 });
    assert.deepEqual(await totalOf(w.org.id, 2023, 4), { entries: 1, people: 10, trainingMinutes: 900 });
    assert.deepEqual(await totalOf(w.org.id, 2023, 8), { entries: 1, people: 10, trainingMinutes: 900 });
    assert.equal((await publicActivityTotals(db, w.org.id, [2023]))[0]?.byYear.get(2023)?.entries, 1);

    // Private, another year, another kind: out of 2023, into 2022, and off the public profile.
    const changed = await changeActivity(db, w.member.id, w.org.id, a.value.id, {
      ...validActivity({ kind: 'promotion', startsOn: '2022-12-31', peopleReached: 7, visibility: 'private' }),
      tags: { commitment: [], audience: [], group: [], digcomp: [], region: [] },
    });
    assert.ok(changed.ok);
    assert.equal(await totalOf(w.org.id, 2023, 0), undefined);
    assert.deepEqual(await totalOf(w.org.id, 2022, 5), { entries: 1, people: 7, trainingMinutes: 0 });
    assert.deepEqual(await publicActivityTotals(db, w.org.id, [2022, 2023]), []);
    assert.equal(
      (
        await db
          .selectFrom('activity_totals')
          .select('year')
          .where('org_id', '=', w.org.id)
          .where('year', '=', 2023)
          .execute()
      ).length,
      0,
      'a total with no activity left is removed',
    );

    const deleted = await deleteActivity(db, w.admin.id, w.org.id, a.value.id);
    assert.ok(deleted.ok);
    assert.equal(await totalOf(w.org.id, 2022, 0), undefined);
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', a.value.id)
      .orderBy('at')
      .execute();
    assert.deepEqual(
      actions.map((r) => r.action),
      ['activities.logged', 'activities.changed', 'activities.deleted'],
    );
  });

  test('many at once: all in, with their totals and one audit line; or none for someone who may not', async () => {
    const db = t().db;
    const inputs = [1, 2, 3].map((i) =>
      validActivity({ kind: 'campaign', startsOn: '2021-05-0' + i, peopleReached: 100 }),
    );
    const refused = await logActivities(db, w.outsider.id, w.org.id, inputs);
    assert.deepEqual(refused.ok ? null : refused.error, 'forbidden');
    assert.equal(await totalOf(w.org.id, 2021, 0), undefined);
    const made = await logActivities(db, w.member.id, w.org.id, inputs);
    assert.ok(made.ok);
    assert.equal(made.value.ids.length, 3);
    assert.deepEqual(await totalOf(w.org.id, 2021, 6), { entries: 3, people: 300, trainingMinutes: 0 });
    const rows = await db.selectFrom('activities').select('source').where('id', 'in', made.value.ids).execute();
    assert.ok(rows.every((r) => r.source === 'import'));
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'activities.logged_many')
      .execute();
    assert.equal(audit.length, 1);
    assert.match(audit[0]!.details, /"count":3/);
  });
});
