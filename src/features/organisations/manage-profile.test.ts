import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { pngImage } from '../../platform/files/test-images.ts';

const profile = {
  legalName: 'Société Numérique  Ensemble',
  sector: 'nonprofit',
  sizeBand: 'medium',
  regions: ['brussels', 'wallonia'],
  languages: ['fr', 'nl'],
  website: 'ensemble.example.be',
  description_nl: '',
  description_fr: 'Nous aidons les personnes âgées à utiliser leur smartphone.',
  description_de: '',
  description_en: '',
};

describeEachEngine('editing the public profile', (t) => {
  let admin: TestUser;
  let org: { id: string };
  let client: Client;
  let page: string;

  before(async () => {
    admin = await createUser(t().db, { name: 'Paula Profiel' });
    org = await createOrganisation(t().db, {
      name: 'Digitaal Samen',
      enterpriseNumber: '0403227515',
      members: [{ user: admin, role: 'admin' }],
    });
    client = await signedInClient(t(), admin);
    page = `/en/organisations/${org.id}/profile`;
  });

  async function send(
    fields: Record<string, string | string[]>,
    file?: Parameters<Client['postMultipart']>[3],
    lang = 'en',
  ) {
    const url = `/${lang}/organisations/${org.id}/profile`;
    const csrf = Client.csrfOf((await client.get(url)).body);
    return client.postMultipart(url, fields, csrf, file);
  }

  async function auditChanges() {
    const rows = await t()
      .db.selectFrom('audit_log')
      .select(['details', 'actor_user_id'])
      .where('subject_id', '=', org.id)
      .where('action', '=', 'organisations.profile_updated')
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      actor: r.actor_user_id,
      raw: r.details,
      changes: JSON.parse(r.details).changes as Record<string, { from: unknown; to: unknown }>,
    }));
  }

  test('a saved change updates the profile, keeps search in step and is audited field by field', async () => {
    const form = await client.get(page);
    assert.equal(form.status, 200);
    assert.match(form.body, /value="Digitaal Samen"/);
    assert.match(form.body, /0403\.227\.515/);
    assert.match(form.body, /You cannot change the enterprise number here/);
    assert.doesNotMatch(form.body, /name="enterpriseNumber"/);

    const before = await t()
      .db.selectFrom('organisations')
      .select('updated_at')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    const res = await send({ ...profile, enterpriseNumber: '0202239951' });
    assert.equal(res.status, 303, res.body);
    const row = await t().db.selectFrom('organisations').selectAll().where('id', '=', org.id).executeTakeFirstOrThrow();
    assert.equal(row.legal_name, 'Société Numérique  Ensemble');
    assert.equal(row.search_name, 'societe numerique ensemble');
    assert.equal(row.website, 'https://ensemble.example.be');
    assert.equal(row.enterprise_number, '0403227515', 'the enterprise number is not editable');
    assert.ok(row.updated_at > before.updated_at);
    const regions = await t()
      .db.selectFrom('organisation_regions')
      .select('region')
      .where('org_id', '=', org.id)
      .orderBy('region')
      .execute();
    assert.deepEqual(
      regions.map((r) => r.region),
      ['brussels', 'wallonia'],
    );

    const [line, ...more] = await auditChanges();
    assert.equal(more.length, 0);
    assert.equal(line!.actor, admin.id);
    assert.deepEqual(line!.changes.legalName, { from: 'Digitaal Samen', to: 'Société Numérique  Ensemble' });
    assert.deepEqual(line!.changes.sizeBand, { from: 'small', to: 'medium' });
    assert.deepEqual(line!.changes.website, { from: null, to: 'https://ensemble.example.be' });
    assert.deepEqual(line!.changes.description_fr, { from: null, to: profile.description_fr });
    assert.equal(line!.changes.sector, undefined, 'unchanged fields are not listed');

    const history = await client.get(`/en/organisations/${org.id}/history`);
    assert.match(history.body, /Name: Digitaal Samen → Société Numérique  Ensemble/);
    assert.match(history.body, /Website: \(empty\) → https:\/\/ensemble\.example\.be/);

    const again = await send({ ...profile });
    assert.equal(again.status, 303);
    assert.match((await client.follow(again.location!)).body, /You did not change anything/);
    assert.equal((await auditChanges()).length, 1, 'no audit line when nothing changed');
  });

  test('a logo is stored and audited by file name, never by its bytes; it can be removed', async () => {
    const res = await send(
      { ...profile },
      { field: 'logo', name: 'logo.png', type: 'image/png', data: pngImage(40, 20) },
    );
    assert.equal(res.status, 303, res.body);
    const { logo_file } = await t()
      .db.selectFrom('organisations')
      .select('logo_file')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.ok(logo_file);
    const file = path.join(t().config.dataDir, 'uploads', 'logos', logo_file);
    assert.ok(fs.existsSync(file));
    const line = (await auditChanges()).at(-1)!;
    assert.deepEqual(line.changes.logo, { from: null, to: logo_file });
    assert.ok(line.raw.length < 400, 'no image data in the audit log');

    const removed = await send({ ...profile, removeLogo: 'yes' });
    assert.equal(removed.status, 303);
    const after = await t()
      .db.selectFrom('organisations')
      .select('logo_file')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(after.logo_file, null);
    assert.ok(!fs.existsSync(file), 'the old file is gone');
    assert.match((await client.get(`/en/organisations/${org.id}/history`)).body, /Logo: removed/);
  });

  test('bad input in French keeps every value, with French messages, and keeps a good logo aside', async () => {
    const bad = { ...profile, legalName: '', website: 'pas une adresse', description_fr: 'Texte gardé tel quel.' };
    const res = await send(bad, { field: 'logo', name: 'mon-logo.png', type: 'image/png', data: pngImage(8, 8) }, 'fr');
    assert.equal(res.status, 400);
    assert.match(res.body, /<html lang="fr"/);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /Remplissez ce champ\./);
    assert.match(res.body, /value="pas une adresse"/);
    assert.match(res.body, />Texte gardé tel quel\.<\/textarea>/);
    assert.match(res.body, /value="brussels" checked/);
    const pending = res.body.match(/name="logoPending" value="([^"]+)"/);
    assert.ok(pending, 'the chosen logo is kept for the next try');

    const csrf = Client.csrfOf(res.body);
    const fixed = await client.postMultipart(
      `/fr/organisations/${org.id}/profile`,
      { ...profile, logoPending: pending[1]!, logoLabel: 'mon-logo.png' },
      csrf,
    );
    assert.equal(fixed.status, 303);
    const row = await t()
      .db.selectFrom('organisations')
      .select('logo_file')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.logo_file, pending[1]);

    const notImage = await send(
      { ...profile },
      { field: 'logo', name: 'logo.png', type: 'image/png', data: Buffer.from('not an image at all') },
      'fr',
    );
    assert.equal(notImage.status, 400);
    assert.match(notImage.body, /Le logo doit être une image PNG, JPEG ou WebP\./);
  });
});
