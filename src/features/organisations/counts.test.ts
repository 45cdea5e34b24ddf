import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { describeEachEngine, startTestApp } from '../../../test/support/harness.ts';
import { createOrganisation, createUser } from '../../../test/support/accounts.ts';
import type { DB } from '../../platform/db/schema.ts';
import { backup, restore } from '../../cli/backup.ts';
import { seedDemo, seedScale } from '../../cli/seed.ts';
import { erasePersonalDataPastRetention } from '../signing/service.ts';
import { countSignatories, countFiltered } from './repository-counts.ts';
import { matchNames } from './repository-directory.ts';
import * as repo from './repository.ts';
import { markRejected, markSignatory, openApplicantOrganisation, saveProfileDetails } from './service-registration.ts';
import { withdrawFromCharter } from './withdrawal.ts';

// organisation_counts is kept by triggers (ADR 0011). After writes through every path that
// changes a status, a sector, regions, languages or a signing date, it must equal a real count.

/** The maintained counts and a real count of the organisations, in the same shape. */
async function bothCounts(db: Kysely<DB>) {
  const year = sql<number>`(case when signed_at is null then 0
    when signed_at >= substr(signed_at, 1, 4) || '-12-31T23:00:00.000Z' then cast(substr(signed_at, 1, 4) as integer) + 1
    else cast(substr(signed_at, 1, 4) as integer) end)`;
  const real = await db
    .selectFrom('organisations')
    .select(['status', 'sector', 'region_bits', 'language_bits', year.as('year'), sql<number>`count(*)`.as('n')])
    .groupBy(['status', 'sector', 'region_bits', 'language_bits', year])
    .execute();
  const kept = await db.selectFrom('organisation_counts').selectAll().where('n', '<>', 0).execute();
  const key = (r: {
    status: string;
    sector: string;
    region_bits: number;
    language_bits: number;
    year: number;
    n: number;
  }) => `${r.status}|${r.sector}|${r.region_bits}|${r.language_bits}|${r.year}|${Number(r.n)}`;
  return { real: real.map(key).sort(), kept: kept.map(key).sort() };
}

const profile = (name: string, changes: Partial<Parameters<typeof saveProfileDetails>[2]> = {}) => ({
  legalName: name,
  sector: 'public' as const,
  sizeBand: 'small' as const,
  regions: ['flanders' as const],
  languages: ['nl' as const],
  website: null,
  descriptions: { nl: 'Wij geven opleidingen over digitale vaardigheden.' },
  ...changes,
});

describeEachEngine('organisations: counts kept by the writes', (t) => {
  test('after seeding, profile edits, signing, rejection, withdrawal, re-opening, retention and deletion', async () => {
    const { db, dialect, config } = t();
    await seedDemo(db);
    await seedScale(db, 40);
    const admin = await createUser(db, { name: 'Counting Admin' });
    const org = await createOrganisation(db, {
      name: 'Telbaar',
      status: 'applicant',
      members: [{ user: admin, role: 'admin' }],
    });
    const other = await createOrganisation(db, { name: 'Rejected Soon', status: 'applicant' });

    await db.transaction().execute(async (trx) => {
      await saveProfileDetails(trx, org.id, profile('Telbaar Opleidingscentrum'));
      await markSignatory(trx, org.id, { signedAt: '2024-12-31T23:30:00.000Z', charterVersion: 1, actor: admin.id });
      await markRejected(trx, other.id, { actor: admin.id });
    });
    assert.deepEqual((await bothCounts(db)).kept, (await bothCounts(db)).real);

    // A profile edit moves the organisation to another sector, regions and languages.
    await db
      .transaction()
      .execute((trx) =>
        saveProfileDetails(
          trx,
          org.id,
          profile('Telbaar', { sector: 'private', regions: ['brussels', 'wallonia'], languages: ['fr', 'en'] }),
        ),
      );
    assert.equal(
      await countFiltered(db, ['signatory'], { sector: 'private', region: 'wallonia', language: 'en', year: 2025 }),
      1,
    );

    const principal = {
      userId: admin.id,
      sessionIdHash: '',
      name: admin.name,
      email: admin.email,
      locale: 'en',
      emailVerified: true,
      isSecretariat: false,
      memberships: [],
    };
    const before = await countSignatories(db);
    assert.equal(
      (await withdrawFromCharter({ db, dialect, config, events: t().app.deps.registry.events }, principal, org.id, 'Testing the counts.')).ok,
      true,
    );
    assert.equal(await countSignatories(db), before - 1);

    // Re-opening a withdrawn organisation (a new application) clears its signing date.
    await db.transaction().execute((trx) =>
      openApplicantOrganisation(
        trx,
        {
          enterpriseNumber: '0403227515',
          profile: profile('Telbaar Opnieuw'),
          logoFile: null,
          invitedByOrgId: null,
          applicantUserId: admin.id,
        },
        org.id,
      ),
    );
    await erasePersonalDataPastRetention(db, '2100-01-01T00:00:00.000Z');
    await db.transaction().execute((trx) =>
      repo.setStatus(trx, other.id, 'signatory', '2025-01-02T00:00:00.000Z', {
        signedAt: '2025-01-02T00:00:00.000Z',
        charterVersion: 1,
      }),
    );
    await db.deleteFrom('organisations').where('id', '=', other.id).execute();

    const { real, kept } = await bothCounts(db);
    assert.deepEqual(kept, real);
    const signatories = await db
      .selectFrom('organisations')
      .select(sql<number>`count(*)`.as('n'))
      .where('status', '=', 'signatory')
      .executeTakeFirstOrThrow();
    assert.equal(await countSignatories(db), Number(signatories.n));

    // The name search found the new name and forgot the old one, in the same transactions.
    assert.deepEqual((await matchNames(db, 'opnieuw'))?.ids, [org.id]);
    assert.deepEqual((await matchNames(db, 'opleidingscentrum'))?.ids, []);
  });

  test('a restore rebuilds the counts and the search index from the rows', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-counts-')), 'b.jsonl.gz');
    await backup(t().db, file);
    const target = await startTestApp(t().engine);
    try {
      await restore(target.db, file);
      const { real, kept } = await bothCounts(target.db);
      assert.ok(real.length > 5);
      assert.deepEqual(kept, real);
      const org = await target.db
        .selectFrom('organisations')
        .select('id')
        .where('legal_name', '=', 'Telbaar Opnieuw')
        .executeTakeFirstOrThrow();
      assert.deepEqual((await matchNames(target.db, 'telbaar opnieuw'))?.ids, [org.id]);
    } finally {
      await target.close();
    }
  });
});
