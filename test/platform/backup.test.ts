import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { describeEachEngine, startTestApp } from '../support/harness.ts';
import { createOrganisation, createUser } from '../support/accounts.ts';
import { gunzipSync, gzipSync } from 'node:zlib';
import { backup, isDerivedTable, restore, TABLES_IN_ORDER } from '../../src/cli/backup.ts';
import { seedDemo } from '../../src/cli/seed.ts';

describeEachEngine('backup and restore', (t) => {
  test('the backup lists every table of the schema', async () => {
    const tables = (await t().db.introspection.getTables())
      .map((x) => x.name)
      .filter((n) => !n.startsWith('kysely_') && !isDerivedTable(n));
    assert.deepEqual([...tables].sort(), [...TABLES_IN_ORDER].sort());
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
    await seedDemo(t().db);
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
