import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { LEGAL_SETTINGS, SETTINGS_FIELDS } from './service.ts';

const PAGE = '/fr/secretariat/settings';
const KEYS = Object.values(SETTINGS_FIELDS);

const FILLED = {
  email: 'Charter@Example.be',
  phone: '+32 2 123 45 67',
  postal_address: 'Rue de la Loi 1\n1000 Bruxelles',
  enforcement_body: 'Le médiateur fédéral\nwww.federaalombudsman.be',
  limitations_nl: 'Het PDF-verslag is nog niet getagd.',
  limitations_fr: 'Le rapport PDF n’est pas encore balisé.',
  limitations_de: '',
  limitations_en: 'The PDF report is not yet tagged.',
};

describeEachEngine('the secretariat fills in the legal pages', (t) => {
  const stored = async () => {
    const rows = await t().db.selectFrom('settings').select(['key', 'value']).where('key', 'in', KEYS).execute();
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  };
  const secretariat = async () => signedInClient(t(), await createUser(t().db, { secretariat: true }));

  beforeEach(async () => {
    await t().db.deleteFrom('settings').where('key', 'in', KEYS).execute();
  });

  test('saved details appear on the public pages, each language with its own known problems', async () => {
    const client = await secretariat();
    const form = await client.get(PAGE);
    assert.equal(form.status, 200);
    assert.match(form.body, /<h1>Coordonnées et accessibilité<\/h1>/);

    const saved = await client.submit(PAGE, FILLED);
    assert.equal(saved.status, 303);
    assert.equal(saved.location, PAGE);
    const again = await client.get(PAGE);
    assert.match(again.body, /Les informations ont été enregistrées\./);
    assert.match(again.body, /value="charter@example\.be"/, 'the form shows what is stored');
    assert.match(again.body, />Rue de la Loi 1\n1000 Bruxelles<\/textarea>/);

    const contact = await t().client().get('/fr/contact');
    assert.match(contact.body, /<a href="mailto:charter@example.be">charter@example.be<\/a>/);
    assert.match(contact.body, /<a href="tel:\+3221234567">\+32 2 123 45 67<\/a>/);
    assert.match(contact.body, /Rue de la Loi 1<br\/>1000 Bruxelles/);
    assert.doesNotMatch(contact.body, /À compléter par le secrétariat/);

    const en = await t().client().get('/en/accessibility');
    assert.match(en.body, /The PDF report is not yet tagged\./);
    assert.match(en.body, /Le médiateur fédéral<br\/>www\.federaalombudsman\.be/);
    assert.doesNotMatch(en.body, /Het PDF-verslag/);
    const fr = await t().client().get('/fr/accessibility');
    assert.match(fr.body, /Le rapport PDF n’est pas encore balisé\./);
    // No German text: the German page shows the problems in another language and says so,
    // rather than claiming that none are known.
    const de = await t().client().get('/de/accessibility');
    assert.match(de.body, /Dieser Teil ist vorerst nur auf Niederländisch verfügbar\./);
    assert.match(de.body, /<p lang="nl">Het PDF-verslag is nog niet getagd\.<\/p>/);
    assert.doesNotMatch(de.body, /keine Probleme/);
  });

  test('a wrong e-mail address is refused in French on /fr, with every typed value kept and nothing saved', async () => {
    const client = await secretariat();
    const typed = { ...FILLED, email: 'pas-une-adresse', phone: 'appelez-nous' };
    const res = await client.submit(PAGE, typed);
    assert.equal(res.status, 400);
    assert.match(res.body, /<title>Erreur/);
    assert.match(res.body, /Il y a 2 problèmes/);
    assert.match(res.body, /<a href="#field-email">Indiquez une adresse e-mail comme nom@exemple\.be\.<\/a>/);
    assert.match(res.body, /<a href="#field-phone">Indiquez un numéro de téléphone/);
    assert.match(res.body, /id="field-email-error"/);
    assert.match(res.body, /value="pas-une-adresse"/);
    assert.match(res.body, /value="appelez-nous"/);
    for (const [name, value] of Object.entries(FILLED))
      if (name.includes('_') && value) assert.ok(res.body.includes(`>${value}</textarea>`), `${name} kept`);
    assert.deepEqual(await stored(), {});
  });

  test('a text over its limit is refused, and nothing is saved', async () => {
    const client = await secretariat();
    const res = await client.submit('/en/secretariat/settings', { ...FILLED, limitations_en: 'x'.repeat(3001) });
    assert.equal(res.status, 400);
    const tooLong = translator('en')('form.error.tooLong', { max: 3000 });
    assert.ok(res.body.includes(`<a href="#field-limitations_en">${tooLong}</a>`), tooLong);
    assert.deepEqual(await stored(), {});
  });

  test('an emptied field removes its setting, and the placeholder shows again', async () => {
    const client = await secretariat();
    await client.submit(PAGE, FILLED);
    assert.equal((await stored())[LEGAL_SETTINGS.email], 'charter@example.be');
    const res = await client.submit(PAGE, { ...FILLED, email: '  ', postal_address: '' });
    assert.equal(res.status, 303);
    const now = await stored();
    assert.equal(now[LEGAL_SETTINGS.email], undefined);
    assert.equal(now[LEGAL_SETTINGS.postalAddress], undefined);
    assert.equal(now[LEGAL_SETTINGS.phone], '+32 2 123 45 67');
    const contact = await t().client().get('/en/contact');
    assert.equal(contact.body.split('To be completed by the secretariat').length - 1, 2, 'e-mail and post');
    assert.doesNotMatch(contact.body, /mailto:/);
  });

  test('each save that changes something leaves one audit line with the changed keys, never the values', async () => {
    const user = await createUser(t().db, { secretariat: true });
    const client = await signedInClient(t(), user);
    const lines = () =>
      t()
        .db.selectFrom('audit_log')
        .select(['action', 'details'])
        .where('actor_user_id', '=', user.id)
        .orderBy('at')
        .execute();
    await client.submit(PAGE, { email: 'charter@example.be', phone: '02 123 45 67' });
    await client.submit(PAGE, { email: 'charter@example.be', phone: '02 123 45 67' });
    await client.submit(PAGE, { email: 'charter@example.be', phone: '02 765 43 21' });
    const audit = await lines();
    assert.deepEqual(
      audit.map((l) => [l.action, JSON.parse(l.details)]),
      [
        ['legal.settings_changed', { keys: [LEGAL_SETTINGS.email, LEGAL_SETTINGS.phone] }],
        ['legal.settings_changed', { keys: [LEGAL_SETTINGS.phone] }],
      ],
    );
    assert.ok(audit.every((l) => !l.details.includes('example.be') && !l.details.includes('123')));
  });

  test('the secretariat gets a link to fill in a missing detail; visitors only see the placeholder', async () => {
    const client = await secretariat();
    const contact = await client.get('/en/contact');
    assert.match(contact.body, /<a href="\/en\/secretariat\/settings#field-email">Fill this in<\/a>/);
    const statement = await client.get('/en/accessibility');
    assert.match(statement.body, /<a href="\/en\/secretariat\/settings#field-enforcement_body">Fill this in<\/a>/);
    const settings = await client.get('/en/secretariat/settings');
    assert.match(settings.body, /id="field-email"/);
    assert.match(settings.body, /id="field-enforcement_body"/);
    const visitor = await t().client().get('/en/contact');
    assert.match(visitor.body, /To be completed by the secretariat/);
    assert.doesNotMatch(visitor.body, /Fill this in|secretariat\/settings/);
  });

  test('only the secretariat may open or send the form', async () => {
    const anonymous = await t().client().get(PAGE);
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.location ?? '', /\/fr\/sign-in/);
    const member = await signedInClient(t(), await createUser(t().db));
    assert.equal((await member.get(PAGE)).status, 403);
    const token = Client.csrfOf((await member.get('/fr/account')).body);
    const res = await member.post(PAGE, FILLED, token);
    assert.equal(res.status, 403);
    assert.deepEqual(await stored(), {});
  });
});
