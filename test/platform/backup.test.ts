import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { describeEachEngine, startTestApp } from '../support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../support/accounts.ts';
import { gunzipSync, gzipSync } from 'node:zlib';
import { backup, isDerivedTable, NOT_BACKED_UP, restore, TABLES_IN_ORDER } from '../../src/cli/backup.ts';
import { seedDemo } from '../../src/cli/seed.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { submitApplication, validApplication } from '../../src/features/signing/test-support.ts';

/** Every table the database itself holds (not Kysely's own), so a new table is covered without editing a list. */
async function tablesOf(db: Kysely<DB>): Promise<string[]> {
  return (await db.introspection.getTables())
    .map((x) => x.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();
}

/** All rows of a table, each as JSON, in a fixed order that does not depend on the engine's. */
async function rowsOf(db: Kysely<DB>, table: string): Promise<string[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
  return rows
    .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))))
    .sort();
}

function readBackup(file: string): { table: string; row: Record<string, unknown> }[] {
  return gunzipSync(fs.readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { table: string; row: Record<string, unknown> });
}

describeEachEngine('backup and restore', (t) => {
  test('the backup lists every table of the schema', async () => {
    const tables = (await t().db.introspection.getTables())
      .map((x) => x.name)
      .filter((n) => !n.startsWith('kysely_') && !isDerivedTable(n));
    assert.deepEqual([...tables].sort(), [...TABLES_IN_ORDER, ...NOT_BACKED_UP].sort());
  });

  test('a backup restores into a fresh database, on SQLite', async () => {
    const user = await createUser(t().db, { name: 'Zoë Backup' });
    await createOrganisation(t().db, { name: 'Back-up vzw', members: [{ user, role: 'admin' }] });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-backup-')), 'b.jsonl.gz');
    const written = await backup(t().db, file);
    const target = await startTestApp('sqlite');
    try {
      const restored = await restore(target.db, file);
      assert.equal(restored.users, written.users);
      assert.equal(restored.organisations, written.organisations);
      const back = await target.db
        .selectFrom('users')
        .select('name')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.equal(back.name, 'Zoë Backup');
      await assert.rejects(restore(target.db, file), /empty/);
    } finally {
      await target.close();
    }
  });

  test('a backup made before the directory bits existed restores with them (ADR 0008)', async () => {
    await seedDemo(t().db, { force: true }); // earlier tests of this suite made accounts
    const expected = await t()
      .db.selectFrom('organisations')
      .select(['id', 'region_bits', 'language_bits'])
      .orderBy('id')
      .execute();
    assert.ok(expected.some((o) => o.region_bits > 0));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-backup-')), 'old.jsonl.gz');
    await backup(t().db, file);
    // As written by a version before migration 0006: organisations without the two columns.
    const old = gunzipSync(fs.readFileSync(file))
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const entry = JSON.parse(line) as { table: string; row: Record<string, unknown> };
        if (entry.table === 'organisations') {
          delete entry.row.region_bits;
          delete entry.row.language_bits;
        }
        return JSON.stringify(entry);
      });
    fs.writeFileSync(file, gzipSync(`${old.join('\n')}\n`));
    const target = await startTestApp(t().engine);
    try {
      await restore(target.db, file);
      const restored = await target.db
        .selectFrom('organisations')
        .select(['id', 'region_bits', 'language_bits'])
        .orderBy('id')
        .execute();
      assert.deepEqual(restored, expected);
    } finally {
      await target.close();
    }
  });
});

describeEachEngine('a backup round trip keeps every row and no one-time link', (t) => {
  let file: string;
  let before_: Map<string, string[]>;

  before(async () => {
    const { db } = t();
    await seedDemo(db);
    // What the demo does not fill: a session, an invitation, a draft, a reset token, a rate-limit
    // counter and queued mails holding one-time links.
    const admin = await createUser(db, { locale: 'en' });
    const org = await createOrganisation(db, { members: [{ user: admin, role: 'admin' }] });
    // A recovery code (hashed, as the second-factor pages store them).
    await db
      .insertInto('recovery_codes')
      .values({ code_hash: 'a'.repeat(64), user_id: admin.id, used_at: null, created_at: new Date().toISOString() })
      .execute();
    // An assessment editor (the demo names none, so that its form to name one shows).
    await db
      .insertInto('assessment_editors')
      .values({ org_id: org.id, user_id: admin.id, added_by: admin.id, added_at: new Date().toISOString() })
      .execute();
    const client = await signedInClient(t(), admin);
    const invited = await client.submit(`/en/organisations/${org.id}/members/invite`, {
      email: 'new.member@example.be',
      role: 'member',
    });
    assert.equal(invited.status, 303, 'the invitation was sent');
    const saved = await submitApplication(client, validApplication(), { lang: 'en', action: 'save' });
    assert.equal(saved.status, 303, 'the draft was saved');
    const reset = await t().client().submit('/en/forgot-password', { email: admin.email });
    assert.equal(reset.status, 303, 'a reset link was asked for');
    // A published practice's attachment and what readers did with it (practices; rows only).
    const published = await db
      .selectFrom('practices')
      .select(['id', 'published_revision_id'])
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    await db
      .insertInto('practice_attachments')
      .values({
        revision_id: published.published_revision_id!,
        position: 1,
        file: `${'c'.repeat(32)}.pdf`,
        kind: 'pdf',
        label: 'Reglement',
        bytes: 1234,
      })
      .execute();
    // A vote (the demo's evaluation is in its proposals phase, before any vote).
    const proposal = await db.selectFrom('evaluation_proposals').select('id').executeTakeFirstOrThrow();
    await db
      .insertInto('evaluation_votes')
      .values({ proposal_id: proposal.id, org_id: org.id, choice: 'yes', cast_by: admin.id, cast_at: at })
      .execute();
    await db
      .insertInto('practice_adoptions')
      .values({
        practice_id: published.id,
        org_id: org.id,
        note: 'Werkt ook bij ons',
        created_by: admin.id,
        created_at: at,
      })
      .execute();
    await db
      .insertInto('practice_questions')
      .values({
        id: 'q1',
        practice_id: published.id,
        user_id: admin.id,
        client_key: 'k',
        shared_address: 1,
        created_at: at,
      })
      .execute();
    await db
      .insertInto('practice_reports')
      .values({
        id: 'r1',
        practice_id: published.id,
        reason: 'outdated',
        details: null,
        user_id: null,
        client_key: 'k',
        status: 'open',
        created_at: at,
        closed_at: null,
        closed_by: null,
      })
      .execute();

    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-backup-')), 'all.jsonl.gz');
    await backup(db, file);
    before_ = new Map();
    for (const table of await tablesOf(db)) before_.set(table, await rowsOf(db, table));
  });

  test('every table the backup keeps has rows here, so the comparison below means something', () => {
    const empty = [...before_].filter(
      ([table, rows]) => !NOT_BACKED_UP.includes(table as keyof DB) && !isDerivedTable(table) && rows.length === 0,
    );
    assert.deepEqual(
      empty.map(([table]) => table),
      [],
      'give each new table a row in the demo data or in this test',
    );
    assert.ok((before_.get('jobs') ?? []).length > 0, 'mails with links were waiting in the queue');
  });

  test('the backup file holds no job and no one-time link', async () => {
    const entries = readBackup(file);
    assert.deepEqual(
      entries.filter((e) => NOT_BACKED_UP.includes(e.table as keyof DB)).map((e) => e.table),
      [],
    );
    const text = gunzipSync(fs.readFileSync(file)).toString('utf8');
    const links = (await t().mails()).flatMap((m) => m.links).filter((l) => /\/[A-Za-z0-9_-]{32,}(\?|$)/.test(l));
    assert.ok(links.length >= 2, 'the invitation and the reset link were mailed');
    for (const link of links) {
      const token = new URL(link).pathname.split('/').pop()!;
      assert.ok(!text.includes(token), `the backup holds the one-time link ${link}`);
    }
  });

  test('every table comes back row by row, on the same engine', async () => {
    const target = await startTestApp(t().engine);
    try {
      await restore(target.db, file);
      assert.deepEqual(await tablesOf(target.db), [...before_.keys()], 'the same tables');
      for (const [table, rows] of before_) {
        if (NOT_BACKED_UP.includes(table as keyof DB)) continue;
        // Search indexes are rebuilt on restore with the engine's own row ids and segments, so
        // their rows cannot match; the search tests check a restored index finds the same things.
        if (isDerivedTable(table) && table !== 'organisation_counts') continue;
        assert.deepEqual(await rowsOf(target.db, table), rows, `table ${table} differs after restore`);
      }
    } finally {
      await target.close();
    }
  });
});
