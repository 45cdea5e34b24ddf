import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser } from '../../../test/support/accounts.ts';
import { now } from '../../platform/db/sql.ts';
import { demo } from './demo.ts';
import { seedScaleReferrals } from './seed-scale.ts';
import { rebuildTotals } from './service-track.ts';

// The demo has invitations in every state and credits what "invited by" says; seed --scale adds
// a small share of links; both keep the counts the writes would have kept (a rebuild changes nothing).

describeEachEngine('referrals: demo and scale data', (t) => {
  test('demo: every state, the credits, and counts equal to a rebuild', async () => {
    const { db } = t();
    const admin = await createUser(db);
    const a = await createOrganisation(db, { name: 'Demo Alfa', members: [{ user: admin, role: 'admin' }] });
    const b = await createOrganisation(db, {
      name: 'Demo Beta',
      members: [{ user: await createUser(db), role: 'admin' }],
    });
    await db.updateTable('organisations').set({ invited_by_org_id: a.id }).where('id', '=', b.id).execute();
    await demo(db);
    const states = await db.selectFrom('referrals').select('state').where('org_id', '=', a.id).execute();
    assert.deepEqual(states.map((s) => s.state).sort(), ['applied', 'opened', 'sent', 'signed']);
    const credit = await db.selectFrom('referral_credits').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([credit.inviter_org_id, credit.invitee_org_id], [a.id, b.id]);

    const signatories = [a, b].map((o) => ({
      id: o.id,
      sector: 'nonprofit',
      regions: [],
      languages: ['nl'],
      adminUserId: admin.id,
      signedAt: now(),
    }));
    await seedScaleReferrals(db, signatories);
    assert.equal((await db.selectFrom('referrals').select('id').where('org_id', '=', a.id).execute()).length, 5);

    const kept = await db.selectFrom('referral_totals').selectAll().orderBy('org_id').orderBy('year').execute();
    await db.transaction().execute((trx) => rebuildTotals(trx));
    const rebuilt = await db.selectFrom('referral_totals').selectAll().orderBy('org_id').orderBy('year').execute();
    assert.deepEqual(rebuilt, kept);
  });
});
