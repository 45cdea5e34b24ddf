import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { random } from '../../platform/random.ts';
import { changeActivity, deleteActivity, logActivity, type ActivityInput } from './service.ts';
import { rebuildTotals } from './totals.ts';
import { validActivity, world } from './test-support.ts';
import { COMMITMENTS, KINDS, VISIBILITIES } from './vocabulary.ts';

// The kept totals against a recount: after a random sequence of logs, edits (of year, visibility,
// kind, commitments and figures) and deletes, the table holds exactly what counting the
// activities gives, row for row; so does a rebuild after a restore.

type Recount = Map<string, { entries: number; people: number; training_minutes: number }>;

/** Counts the activities as the totals should: written here again, plainly, not with totals.ts. */
async function recount(db: Kysely<DB>): Promise<Recount> {
  const rows = await db.selectFrom('activities').selectAll().execute();
  const totals: Recount = new Map();
  for (const r of rows) {
    const commitments = [0];
    for (let i = 0; i < 9; i++) if (r.commitment_bits & (1 << i)) commitments.push(i + 1);
    for (const c of commitments) {
      const key = `${r.org_id}|${r.year}|${c}|${r.visibility}`;
      const sum = totals.get(key) ?? { entries: 0, people: 0, training_minutes: 0 };
      sum.entries += 1;
      sum.people += r.people_reached;
      sum.training_minutes += r.kind === 'training' ? r.people_reached * (r.minutes_per_person ?? 0) : 0;
      totals.set(key, sum);
    }
  }
  return totals;
}

async function kept(db: Kysely<DB>): Promise<Recount> {
  const rows = await db.selectFrom('activity_totals').selectAll().execute();
  return new Map(
    rows.map((r) => [
      `${r.org_id}|${r.year}|${r.commitment}|${r.visibility}`,
      { entries: Number(r.entries), people: Number(r.people), training_minutes: Number(r.training_minutes) },
    ]),
  );
}

const sorted = (m: Recount) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

describeEachEngine('activities: the kept totals equal a recount', (t) => {
  test('after 120 random writes, and after a rebuild', async () => {
    const db = t().db;
    const w = await world(t());
    const rnd = random(2026);
    const writers = [
      { user: w.member.id, org: w.org.id },
      { user: w.outsider.id, org: w.other.id },
    ];
    const live: { id: string; org: string; user: string }[] = [];
    const randomInput = (): ActivityInput =>
      validActivity({
        kind: rnd.pick(KINDS),
        startsOn: `${2024 + rnd.int(3)}-0${1 + rnd.int(9)}-1${rnd.int(10)}`,
        peopleReached: rnd.int(500),
        minutesPerPerson: rnd.chance(0.3) ? null : 15 * (1 + rnd.int(20)),
        visibility: rnd.pick(VISIBILITIES),
        tags: {
          commitment: rnd.chance(0.3) ? [] : [rnd.pick(COMMITMENTS), rnd.pick(COMMITMENTS)],
          audience: [],
          group: [],
          digcomp: [],
          region: [],
        },
      });
    for (let step = 0; step < 120; step++) {
      const roll = rnd.next();
      if (live.length === 0 || roll < 0.45) {
        const who = rnd.pick(writers);
        const made = await logActivity(db, who.user, who.org, randomInput());
        assert.ok(made.ok);
        live.push({ id: made.value.id, org: who.org, user: who.user });
      } else if (roll < 0.8) {
        const a = rnd.pick(live);
        assert.ok((await changeActivity(db, a.user, a.org, a.id, randomInput())).ok);
      } else {
        const a = live.splice(rnd.int(live.length), 1)[0]!;
        assert.ok((await deleteActivity(db, a.user, a.org, a.id)).ok);
      }
    }
    const expected = await recount(db);
    assert.ok(expected.size > 20, `a varied log: ${expected.size} totals`);
    assert.deepEqual(sorted(await kept(db)), sorted(expected));

    await db.transaction().execute((trx) => rebuildTotals(trx));
    assert.deepEqual(sorted(await kept(db)), sorted(expected), 'a rebuild gives the same totals');
  });
});
