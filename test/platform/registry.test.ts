import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRegistry } from '../../src/platform/registry.ts';
import type { Feature } from '../../src/platform/feature.ts';
import { registry } from '../../src/features/index.ts';

const noRoutes = async () => {};
const migration = { up: async () => {} };

test('migrations keep the names databases already recorded, whichever folder holds them now', () => {
  // A renamed migration would run again on every existing database: these names are for ever.
  const names = Object.keys(registry.migrations);
  for (const name of [
    '0001_platform',
    '0002_accounts',
    '0003_charter',
    '0004_organisations',
    '0005_signing',
    '0006_directory_bits',
    '0007_retention',
    '0008_closed_accounts',
  ]) {
    assert.ok(names.includes(name), `${name} is missing`);
  }
});

test('two features cannot declare the same migration, table or job queue', () => {
  const a: Feature = { name: 'a', routes: noRoutes, migrations: { '0100_a': migration }, tables: ['settings'] };
  assert.throws(
    () => buildRegistry([{ name: 'b', routes: noRoutes, migrations: { '0001_platform': migration } }]),
    /0001_platform/,
  );
  assert.throws(
    () =>
      buildRegistry([
        { ...a, tables: [] },
        { name: 'c', routes: noRoutes, migrations: { '0100_a': migration } },
      ]),
    /0100_a/,
  );
  assert.throws(() => buildRegistry([a]), /settings/);
  assert.throws(() => buildRegistry([{ name: 'x', routes: noRoutes, migrations: { oops: migration } }]), /oops/);
  assert.throws(
    () =>
      buildRegistry([
        { name: 'a', routes: noRoutes },
        { name: 'a', routes: noRoutes },
      ]),
    /Two features/,
  );
});

test("navigation follows each entry's order, not the order of the features", () => {
  const r = buildRegistry([
    { name: 'late', routes: noRoutes, navigation: [{ path: '/z', label: 'z.nav', order: 50 }] },
    { name: 'early', routes: noRoutes, navigation: [{ path: '/a', label: 'a.nav', order: 5 }] },
  ]);
  assert.deepEqual(
    r.navigation.map((n) => n.path),
    ['/a', '/z'],
  );
  assert.deepEqual(
    registry.navigation.map((n) => n.path),
    [
      '/charter',
      '/practices',
      '/obstacles',
      '/actions',
      '/exchange',
      '/signatories',
      '/sign',
      '/my-organisations',
      '/secretariat',
    ],
  );
});

test('footer links follow their order too', () => {
  const r = buildRegistry([
    { name: 'late', routes: noRoutes, footerLinks: [{ path: '/z', label: 'z.nav', order: 50 }] },
    { name: 'early', routes: noRoutes, footerLinks: [{ path: '/a', label: 'a.nav', order: 5 }] },
  ]);
  assert.deepEqual(
    r.footerLinks.map((n) => n.path),
    ['/a', '/z'],
  );
  assert.ok(registry.footerLinks.some((n) => n.path === '/safety'));
});

test("the backup lists the platform's tables, then each feature's, parents before children", () => {
  const at = (table: string) => registry.tables.indexOf(table as never);
  const pairs: [string, string][] = [
    ['users', 'memberships'],
    ['organisations', 'memberships'],
    ['organisations', 'applications'],
    ['charter_versions', 'applications'],
    ['applications', 'signatures'],
  ];
  for (const [parent, child] of pairs) {
    assert.ok(at(parent) >= 0 && at(parent) < at(child), `${parent} must come before ${child}`);
  }
});

test("the nine commitments: every feature's parts, merged per commitment in the order of the features", async () => {
  const part = (commitment: number, key: string) => ({
    commitment,
    done: [{ key }],
    more: [{ path: `/${key}`, label: key }],
  });
  const r = buildRegistry([
    { name: 'first', routes: noRoutes, commitments: async () => [part(2, 'first.two'), part(4, 'first.four')] },
    { name: 'none', routes: noRoutes },
    {
      name: 'second',
      routes: noRoutes,
      commitments: async (_db, org, year, scope) => [part(2, `${org.id}.${year}.${scope}`)],
    },
  ]);
  const org = { id: 'org', slug: 'org', status: 'signatory', signed_at: null, charter_version: null };
  const nine = await r.commitments(null as never, org, 2026, 'public');
  assert.deepEqual(
    nine.map((c) => c.commitment),
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.deepEqual(
    nine[1]!.done.map((d) => d.key),
    ['first.two', 'org.2026.public'],
  );
  assert.deepEqual(
    nine[1]!.more.map((m) => m.path),
    ['/first.two', '/org.2026.public'],
  );
  assert.deepEqual(nine[3]!.done, [{ key: 'first.four' }]);
  assert.deepEqual(nine[0], { commitment: 1, done: [], more: [] });
});
