import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import { eventBus, Refused, type Refusal, type Subscriptions } from '../../src/platform/events.ts';
import { createOrganisation, createUser } from '../support/accounts.ts';

// The bus features use to tell one another what happened (platform/events.ts). The test declares
// its own event, as a feature would, so it does not depend on any feature's.
declare module '../../src/platform/events.ts' {
  interface Events {
    'test:happened': { key: string };
  }
}

describeEachEngine('event bus', (t) => {
  const remember = (value: string): Subscriptions => ({
    'test:happened': async ({ trx }, e) => {
      await trx
        .insertInto('settings')
        .values({ key: `${e.key}-${value}`, value })
        .execute();
    },
  });
  const keys = async (prefix: string) =>
    (
      await t().db.selectFrom('settings').select('key').where('key', 'like', `${prefix}-%`).orderBy('key').execute()
    ).map((r) => r.key);

  test("every listener runs, in feature order, inside the emitter's transaction", async () => {
    const order: string[] = [];
    const bus = eventBus([
      { 'test:happened': async () => void order.push('first') },
      {},
      { 'test:happened': async () => void order.push('second') },
      remember('written'),
    ]);
    const refusal = await t()
      .db.transaction()
      .execute((trx) => bus.emit({ trx, dialect: t().dialect }, 'test:happened', { key: 'run' }));
    assert.equal(refusal, null);
    assert.deepEqual(order, ['first', 'second']);
    assert.deepEqual(await keys('run'), ['run-written']);
  });

  test('a refusal stops the listeners after it, and the emitter rolls back those before it', async () => {
    const refused: Refusal = { errors: { _form: 'test.refused' }, values: { n: 1 } };
    let after = false;
    const bus = eventBus([
      remember('before'),
      { 'test:happened': async () => refused },
      { 'test:happened': async () => void (after = true) },
    ]);
    // As closeAccount does: throw Refused inside the transaction, read the refusal outside.
    const outcome = await t()
      .db.transaction()
      .execute(async (trx) => {
        const r = await bus.emit({ trx, dialect: t().dialect }, 'test:happened', { key: 'refused' });
        if (r) throw new Refused(r);
        return 'done';
      })
      .catch((err: unknown) => (err instanceof Refused ? err.refusal : Promise.reject(err)));
    assert.deepEqual(outcome, refused);
    assert.equal(after, false, 'no listener runs after a refusal');
    assert.deepEqual(await keys('refused'), [], 'what the first listener wrote was rolled back');
  });

  test("the app's bus has the features' listeners: a closing account leaves its organisations", async () => {
    // Through the registry the app uses, not a bus built here.
    const admin = await createUser(t().db, { email: 'bus-admin@example.be' });
    const member = await createUser(t().db, { email: 'bus-member@example.be' });
    await createOrganisation(t().db, {
      name: 'Bus vzw',
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    const alone = await t()
      .db.transaction()
      .execute((trx) =>
        t().registry.events.emit({ trx, dialect: t().dialect }, 'accounts:closing', { userId: member.id }),
      );
    assert.equal(alone, null);
    const left = await t().db.selectFrom('memberships').select('org_id').where('user_id', '=', member.id).execute();
    assert.deepEqual(left, []);
    const refusal = await t()
      .db.transaction()
      .execute((trx) =>
        t().registry.events.emit({ trx, dialect: t().dialect }, 'accounts:closing', { userId: admin.id }),
      );
    assert.deepEqual(refusal, {
      errors: { _form: 'organisations.closeAccount.onlyAdmin' },
      values: { organisations: 'Bus vzw' },
    });
  });
});
