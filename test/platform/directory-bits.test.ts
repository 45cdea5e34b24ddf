import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { migrateTo, migrateToLatest } from '../../src/platform/db/migrate.ts';
import { registry } from '../../src/features/index.ts';
import { newId, now } from '../../src/platform/db/sql.ts';
import { saveProfileDetails } from '../../src/features/organisations/service-registration.ts';
import { languageBits, regionBits } from '../../src/features/organisations/tag-bits.ts';
import type { Region } from '../../src/features/organisations/organisations.table.ts';
import type { Lang } from '../../src/platform/i18n/i18n.ts';
import { createPostgresDatabase, engines } from '../support/engines.ts';

// Regions and languages live as rows and as bit sets on the organisation (ADR 0008). These
// tests hold the two together: the migration derives the bits from rows already stored, and
// saving a profile writes both.

for (const engine of engines()) {
  describe(`regions and languages as bits [${engine}]`, () => {
    let database: Database;
    let cleanup: () => Promise<void>;

    before(async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-bits-'));
      const pgDb = engine === 'postgres' ? await createPostgresDatabase() : null;
      database = openDatabase(pgDb ? pgDb.url : `sqlite:${path.join(dir, 'bits.sqlite')}`);
      cleanup = async () => {
        await database.close();
        await pgDb?.drop();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    });
    after(() => cleanup());

    const bitsOf = (id: string) =>
      database.db
        .selectFrom('organisations')
        .select(['region_bits', 'language_bits'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();

    test('the migration derives the bits from the rows stored before it', async () => {
      await migrateTo(database.db, registry.migrations, '0005_signing');
      const orgs: { id: string; regions: Region[]; languages: Lang[] }[] = [
        { id: newId(), regions: ['flanders', 'german_community'], languages: ['nl', 'en'] },
        { id: newId(), regions: ['brussels', 'flanders', 'wallonia', 'german_community'], languages: ['fr'] },
        { id: newId(), regions: [], languages: [] },
      ];
      // Written as the 0005 schema stood, without the new columns.
      const old = database.db as unknown as import('kysely').Kysely<Record<string, Record<string, unknown>>>;
      for (const [i, org] of orgs.entries()) {
        await old
          .insertInto('organisations')
          .values({
            id: org.id,
            slug: `org-${i}`,
            enterprise_number: `040000000${i}`,
            legal_name: `Org ${i}`,
            search_name: `org ${i}`,
            sector: 'public',
            size_band: 'small',
            status: 'signatory',
            created_at: now(),
            updated_at: now(),
          })
          .execute();
        for (const region of org.regions)
          await old.insertInto('organisation_regions').values({ org_id: org.id, region }).execute();
        for (const lang of org.languages)
          await old.insertInto('organisation_languages').values({ org_id: org.id, lang }).execute();
      }
      assert.deepEqual(await migrateTo(database.db, registry.migrations, '0006_directory_bits'), ['0006_directory_bits']);
      for (const org of orgs) {
        assert.deepEqual(await bitsOf(org.id), {
          region_bits: regionBits(org.regions),
          language_bits: languageBits(org.languages),
        });
      }
      const [first] = orgs;
      assert.deepEqual(await bitsOf(first!.id), { region_bits: 2 | 8, language_bits: 1 | 8 });
      await migrateToLatest(database.db, registry.migrations);
    });

    test('saving a profile writes the rows and the bits together', async () => {
      const org = await database.db
        .selectFrom('organisations')
        .select('id')
        .where('slug', '=', 'org-0')
        .executeTakeFirstOrThrow();
      await database.db.transaction().execute((trx) =>
        saveProfileDetails(trx, org.id, {
          legalName: 'Org 0',
          sector: 'public',
          sizeBand: 'small',
          regions: ['wallonia'],
          languages: ['fr', 'de'],
          website: null,
          descriptions: { fr: 'Une description.' },
        }),
      );
      assert.deepEqual(await bitsOf(org.id), { region_bits: 4, language_bits: 2 | 4 });
      const regions = await database.db
        .selectFrom('organisation_regions')
        .select('region')
        .where('org_id', '=', org.id)
        .execute();
      assert.deepEqual(regions, [{ region: 'wallonia' }]);
    });
  });
}
