import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

/** The `inclusio` command, run as an operator would, on a fresh SQLite data folder. */
function inclusio(dataDir: string, args: string[], input?: string) {
  return spawnSync(process.execPath, ['bin/inclusio.js', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

test('migrate, create-admin, seed --demo, export, backup and restore from the command line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-cli-'));
  try {
    const migrate = inclusio(dir, ['migrate']);
    assert.equal(migrate.status, 0, migrate.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'inclusio.sqlite')));

    const weak = inclusio(dir, ['create-admin', '--email', 'ops@example.be', '--name', 'Ops', '--password-stdin'], 'short\n');
    assert.equal(weak.status, 1, 'a too-short password is refused');
    const admin = inclusio(dir, ['create-admin', '--email', 'ops@example.be', '--name', 'Ops', '--password-stdin'], 'a long and quiet password\n');
    assert.equal(admin.status, 0, admin.stderr);
    const reset = inclusio(dir, ['reset-second-factor', '--email', 'ops@example.be']);
    assert.equal(reset.status, 0, reset.stderr);
    assert.match(reset.stdout, /Two-step sign-in removed for ops@example\.be/);
    assert.equal(inclusio(dir, ['reset-second-factor', '--email', 'nobody@example.be']).status, 1, 'an unknown address');

    const refused = inclusio(dir, ['seed', '--demo']);
    assert.equal(refused.status, 1, 'the demo is refused next to a real account');
    assert.match(refused.stderr, /1 real account\(s\).*--force/s);
    const seed = inclusio(dir, ['seed', '--demo', '--force']);
    assert.equal(seed.status, 0, seed.stderr);

    const csv = path.join(dir, 'signatories.csv');
    const exported = inclusio(dir, ['export', '--out', csv]);
    assert.equal(exported.status, 0, exported.stderr);
    assert.ok(fs.readFileSync(csv, 'utf8').split('\n').length > 10, 'the CSV lists the demo signatories');

    const backupFile = path.join(dir, 'b.jsonl.gz');
    assert.equal(inclusio(dir, ['backup', '--out', backupFile]).status, 0);
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-cli-restore-'));
    try {
      const restored = inclusio(fresh, ['restore', '--in', backupFile]);
      assert.equal(restored.status, 0, restored.stderr);
      assert.match(restored.stdout, /Restored \d+ rows/);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }

    const unknown = inclusio(dir, ['frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stdout, /Usage: inclusio/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
