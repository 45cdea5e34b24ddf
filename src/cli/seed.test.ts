import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../test/support/harness.ts';
import { verifyPassword } from '../platform/auth/password.ts';
import { isValidEnterpriseNumber } from '../features/organisations/enterprise-number.ts';
import { createUser } from '../../test/support/accounts.ts';
import { DEMO_ACCOUNTS, SeedError, seedDemo, seedScale } from './seed.ts';

const distinct = async (
  t: () => { db: import('kysely').Kysely<import('../platform/db/schema.ts').DB> },
  column: 'sector',
  statuses = ['signatory'],
) =>
  (
    await t()
      .db.selectFrom('organisations')
      .select(column)
      .distinct()
      .where('status', 'in', statuses as never)
      .execute()
  )
    .map((r) => r[column])
    .sort();

describeEachEngine('seed --demo', (t) => {
  test('creates every sector, region and language, valid enterprise numbers and the demo sign-ins', async () => {
    const summary = await seedDemo(t().db);
    const db = t().db;
    assert.ok(
      summary.organisations >= 35 && summary.organisations <= 50,
      `about forty organisations, got ${summary.organisations}`,
    );

    assert.deepEqual(await distinct(t, 'sector'), ['nonprofit', 'private', 'public']);
    const regions = await db
      .selectFrom('organisation_regions')
      .innerJoin('organisations', 'organisations.id', 'organisation_regions.org_id')
      .select('region')
      .distinct()
      .where('status', '=', 'signatory')
      .execute();
    assert.deepEqual(regions.map((r) => r.region).sort(), ['brussels', 'flanders', 'german_community', 'wallonia']);
    const langs = await db.selectFrom('organisation_languages').select('lang').distinct().execute();
    assert.deepEqual(langs.map((r) => r.lang).sort(), ['de', 'en', 'fr', 'nl']);
    const descLangs = await db.selectFrom('organisation_descriptions').select('lang').distinct().execute();
    assert.deepEqual(descLangs.map((r) => r.lang).sort(), ['de', 'en', 'fr', 'nl']);

    const orgs = await db
      .selectFrom('organisations')
      .select(['id', 'enterprise_number', 'status', 'signed_at', 'slug'])
      .execute();
    for (const o of orgs) assert.ok(isValidEnterpriseNumber(o.enterprise_number), `${o.enterprise_number} is valid`);
    assert.equal(new Set(orgs.map((o) => o.enterprise_number)).size, orgs.length);

    const statuses = new Set(orgs.map((o) => o.status));
    for (const s of ['signatory', 'withdrawn', 'applicant', 'rejected'])
      assert.ok(statuses.has(s as never), `some ${s}`);
    const appStatuses = new Set((await db.selectFrom('applications').select('status').execute()).map((r) => r.status));
    for (const s of ['awaiting_executive', 'awaiting_review', 'info_requested', 'approved', 'rejected', 'declined']) {
      assert.ok(appStatuses.has(s as never), `an application ${s}`);
    }
    const years = new Set(orgs.filter((o) => o.signed_at).map((o) => Number(o.signed_at!.slice(0, 4))));
    assert.ok(years.has(2021) && years.has(2026) && years.size >= 5, `signing spread over 2021–2026: ${[...years]}`);

    // Every public organisation has a history and an approved signature behind it.
    const publicIds = orgs.filter((o) => o.status === 'signatory' || o.status === 'withdrawn').map((o) => o.id);
    const signed = await db
      .selectFrom('signatures')
      .select('org_id')
      .distinct()
      .where('org_id', 'in', publicIds)
      .execute();
    assert.equal(signed.length, publicIds.length);
    const withdrawals = await db
      .selectFrom('organisation_events')
      .select(['note'])
      .where('kind', '=', 'withdrawn')
      .execute();
    assert.ok(withdrawals.length >= 2 && withdrawals.every((w) => w.note), 'withdrawals with a reason');
    const noOwnDescription = await db
      .selectFrom('organisations')
      .select('id')
      .where('status', '=', 'signatory')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('organisation_descriptions')
              .select(sql`1`.as('x'))
              .whereRef('organisation_descriptions.org_id', '=', 'organisations.id')
              .where('lang', '=', 'de'),
          ),
        ),
      )
      .execute();
    assert.ok(noOwnDescription.length > 0, 'some descriptions are missing in a language, to show the fallback');

    for (const account of DEMO_ACCOUNTS) {
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', account.email)
        .executeTakeFirstOrThrow();
      assert.ok(await verifyPassword(user.password_hash, account.password), `${account.role} can sign in`);
      assert.equal(user.is_secretariat, account.role === 'secretariat' ? 1 : 0);
      const roles = await db
        .selectFrom('memberships')
        .select(['role', 'org_id'])
        .where('user_id', '=', user.id)
        .execute();
      if (account.role === 'org-admin')
        assert.deepEqual(
          roles.map((r) => r.role),
          ['admin'],
        );
      if (account.role === 'org-member')
        assert.deepEqual(
          roles.map((r) => r.role),
          ['member'],
        );
    }
    const demoPage = await t().client().get('/en/signatories');
    assert.match(demoPage.body, new RegExp(`${summary.signatories} signatories`));
  });

  test('refuses to run twice, with a clear message', async () => {
    await assert.rejects(
      seedDemo(t().db),
      (err: unknown) => err instanceof SeedError && /already in this database/.test(err.message),
    );
  });
});

describeEachEngine('seed --demo next to real accounts', (t) => {
  test('is refused when a real account exists, unless forced', async () => {
    await createUser(t().db, { email: 'real.person@example.be' });
    await assert.rejects(
      seedDemo(t().db),
      (err: unknown) => err instanceof SeedError && /1 real account\(s\).*--force/s.test(err.message),
    );
    const none = await t().db.selectFrom('users').select('id').where('email', 'like', '%.example').execute();
    assert.equal(none.length, 0, 'nothing was loaded');
    const summary = await seedDemo(t().db, { force: true });
    assert.ok(summary.users >= 3);
  });
});

describeEachEngine('seed --scale', (t) => {
  test('seedScale(…, 200) adds 200 signatories with proportional data, in batches', async () => {
    const progress: number[] = [];
    const result = await seedScale(t().db, 200, (done) => progress.push(done));
    assert.equal(result.signatories, 200);
    assert.equal(progress.at(-1), 200);
    const db = t().db;
    const count = await db
      .selectFrom('organisations')
      .select(sql<number>`count(*)`.as('n'))
      .where('status', '=', 'signatory')
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 200);
    const numbers = (await db.selectFrom('organisations').select('enterprise_number').execute()).map(
      (r) => r.enterprise_number,
    );
    assert.ok(numbers.every(isValidEnterpriseNumber));
    const withoutRegion = await db
      .selectFrom('organisations')
      .select('id')
      .where('id', 'not in', db.selectFrom('organisation_regions').select('org_id'))
      .execute();
    assert.equal(withoutRegion.length, 0, 'every organisation has a region');
    const events = await db
      .selectFrom('organisation_events')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(events.n) >= 600, 'applied, signed and approved for each signatory');
    // A second run adds more without clashing on slugs or numbers.
    await seedScale(t().db, 30);
    const again = await db
      .selectFrom('organisations')
      .select(sql<number>`count(*)`.as('n'))
      .where('status', '=', 'signatory')
      .executeTakeFirstOrThrow();
    assert.equal(Number(again.n), 230);
  });
});
