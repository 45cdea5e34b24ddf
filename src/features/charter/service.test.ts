import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { VERSION_1_DIR, version1Content } from './content/v1/index.ts';
import {
  charterFor,
  commitments,
  createDraftVersion,
  currentVersion,
  listVersions,
  prepareCharter,
  publishVersion,
  textToSign,
  versionByNumber,
} from './service.ts';

describeEachEngine('charter service', (t) => {
  const count = async (table: 'charter_versions' | 'charter_texts' | 'charter_commitments') =>
    Number(
      (
        await t()
          .db.selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('prepare is idempotent: one version, four texts, 36 commitments', async () => {
    // The harness prepared the database once already; twice more must change nothing.
    await prepareCharter(t().db);
    await prepareCharter(t().db);
    assert.equal(await count('charter_versions'), 1);
    assert.equal(await count('charter_texts'), 4);
    assert.equal(await count('charter_commitments'), 36);
    const loaded = await t()
      .db.selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'charter_version.loaded')
      .execute();
    assert.equal(loaded.length, 1);
  });

  test('version 1 is in force, with its fixed publication date', async () => {
    const v = await currentVersion(t().db);
    assert.ok(v);
    assert.equal(v.version, 1);
    assert.equal(v.status, 'in_force');
    assert.equal(v.publishedAt, '2021-09-14T10:00:00.000Z');
    assert.deepEqual(
      (await listVersions(t().db)).map((x) => x.version),
      [1],
    );
  });

  test('the stored texts are the files, byte for byte', async () => {
    const v = (await currentVersion(t().db))!;
    const rows = await t()
      .db.selectFrom('charter_texts')
      .select(['lang', 'body', 'is_translation'])
      .where('version_id', '=', v.id)
      .execute();
    for (const row of rows) {
      assert.equal(
        row.body,
        fs.readFileSync(path.join(VERSION_1_DIR, `${row.lang}.md`), 'utf8'),
        `${row.lang} stored verbatim`,
      );
      assert.equal(Number(row.is_translation), row.lang === 'de' || row.lang === 'en' ? 1 : 0);
    }
  });

  test('charterFor gives the text, its status and its commitments in the language asked', async () => {
    const v = (await currentVersion(t().db))!;
    const nl = (await charterFor(t().db, v.id, 'nl'))!;
    assert.equal(nl.lang, 'nl');
    assert.equal(nl.version, 1);
    assert.equal(nl.status, 'in_force');
    assert.equal(nl.title, 'Charter voor digitale inclusie in België');
    assert.equal(nl.isTranslation, false);
    assert.doesNotMatch(nl.body, /<!--/);
    assert.match(nl.body, /^# Charter voor digitale inclusie in België\n/);
    assert.equal(nl.commitments.length, 9);
    assert.equal(nl.commitments[0]!.shortTitle, 'Goede praktijken delen');
    const de = (await charterFor(t().db, v.id, 'de'))!;
    assert.equal(de.isTranslation, true);
    assert.equal(de.commitments[2]!.shortTitle, 'Verpflichtung der Leitung');
    assert.equal(await charterFor(t().db, 'no-such-version', 'nl'), null);
  });

  test('commitments in French are the charter’s own wording', async () => {
    const v = (await currentVersion(t().db))!;
    const fr = await commitments(t().db, v.id, 'fr');
    assert.deepEqual(
      fr.map((c) => c.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    assert.equal(
      fr[0]!.fullText,
      "déterminer et partager avec les autres signataires, les meilleures pratiques afin d'améliorer l’inclusion numérique ;",
    );
  });

  test('textToSign gives the text shown and the SHA-256 of exactly that text', async () => {
    const v = (await currentVersion(t().db))!;
    for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
      const signed = (await textToSign(t().db, v.id, lang))!;
      const shown = (await charterFor(t().db, v.id, lang))!;
      assert.equal(signed.lang, lang);
      assert.equal(signed.text, shown.body);
      assert.equal(signed.sha256, createHash('sha256').update(signed.text, 'utf8').digest('hex'));
      assert.match(signed.sha256, /^[0-9a-f]{64}$/);
    }
    const nl = (await textToSign(t().db, v.id, 'nl'))!;
    assert.match(nl.text, /veiligheidsgevol van mensen/);
    assert.notEqual(nl.sha256, (await textToSign(t().db, v.id, 'fr'))!.sha256);
  });
});

describeEachEngine('publishing a new charter version', (t) => {
  function nextContent(note: string) {
    const content = version1Content();
    return { ...content, texts: content.texts.map((x) => ({ ...x, body: `${x.body}\n${note}\n` })) };
  }

  test('a draft is stored but not in force, and needs Dutch and French', async () => {
    const incomplete = version1Content();
    incomplete.texts = incomplete.texts.filter((x) => x.lang !== 'fr');
    assert.deepEqual(await createDraftVersion(t().db, incomplete, null), { ok: false, errors: {}, error: 'incomplete' });

    const draft = await createDraftVersion(t().db, nextContent('Version two.'), null);
    assert.ok(draft.ok);
    assert.equal(draft.value.version, 2);
    assert.equal(draft.value.status, 'draft');
    assert.equal((await currentVersion(t().db))!.version, 1);
    assert.equal((await t().client().get('/en/charter/versions/2')).status, 404);
  });

  test('publishing puts the draft in force and supersedes the previous version', async () => {
    const draft = (await versionByNumber(t().db, 2))!;
    const result = await publishVersion(t().db, draft.id, { actor: null, at: '2027-01-15T10:00:00.000Z' });
    assert.ok(result.ok);
    assert.equal(result.value.status, 'in_force');
    const versions = await listVersions(t().db);
    assert.deepEqual(
      versions.map((v) => [v.version, v.status, v.publishedAt]),
      [
        [2, 'in_force', '2027-01-15T10:00:00.000Z'],
        [1, 'superseded', '2021-09-14T10:00:00.000Z'],
      ],
    );
    assert.equal((await currentVersion(t().db))!.version, 2);
    assert.deepEqual(await publishVersion(t().db, draft.id, { actor: null }), { ok: false, errors: {}, error: 'not-draft' });
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'charter_version.published')
      .execute();
    assert.equal(audit.length, 1);
    assert.deepEqual(JSON.parse(audit[0]!.details), { version: 2, superseded: [1] });
  });

  test('the old version stays readable, marked as replaced, and prepare does not revive it', async () => {
    await prepareCharter(t().db);
    assert.equal((await versionByNumber(t().db, 1))!.status, 'superseded');
    const c = t().client();
    const current = await c.get('/en/charter');
    assert.match(current.body, /Version two\./);
    assert.match(current.body, /href="\/en\/charter\/versions\/1"/);
    const old = await c.get('/en/charter/versions/1');
    assert.equal(old.status, 200);
    assert.match(old.body, /This version is no longer in force/);
    assert.doesNotMatch(old.body, /Version two\./);
    assert.doesNotMatch(old.body, /href="\/en\/sign" class|class="button button--primary" href="\/en\/sign"/);
  });

  test('an older draft cannot replace a newer version in force', async () => {
    const three = await createDraftVersion(t().db, nextContent('Three.'), null);
    const four = await createDraftVersion(t().db, nextContent('Four.'), null);
    assert.ok(three.ok && four.ok);
    assert.ok((await publishVersion(t().db, four.value.id, { actor: null })).ok);
    assert.deepEqual(await publishVersion(t().db, three.value.id, { actor: null }), {
      ok: false,
      errors: {},
      error: 'older-than-current',
    });
    assert.deepEqual(await publishVersion(t().db, 'missing', { actor: null }), { ok: false, errors: {}, error: 'not-found' });
    const inForce = (await listVersions(t().db)).filter((v) => v.status === 'in_force');
    assert.deepEqual(
      inForce.map((v) => v.version),
      [4],
    );
  });
});
