import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client, type Response } from '../../../test/support/client.ts';
import { loadCatalogue, translator, type Lang } from '../../platform/i18n/i18n.ts';
import { countRows, decodeHtml, ensureCharter, validApplication } from './test-support.ts';

// Every field of the application form, given every kind of bad input, answers with a message in
// the reader's language, shows the form again with everything typed, never fails with a 500,
// and stores nothing.

const BAD = {
  empty: '',
  markup: '<script>alert(1)</script>',
  sql: "'; DROP TABLE organisations; --",
  rtlOverride: 'Evil\u202Egnp.exe',
  zeroWidthJoiner: 'Zero\u200Dwidth',
  emoji: 'Digital 🎉 inclusion',
  combiningMarks: 'Z\u0336\u0337\u0338a\u0336\u0337\u0338lgo',
  nul: 'Name\u0000here',
} as const;
type Bad = keyof typeof BAD | 'tooLong' | 'wrongFormat';

interface Field {
  name: string;
  kind: 'input' | 'textarea' | 'choice';
  tooLong: string;
  wrongFormat?: string;
  /** Inputs that are fine for this field (so they are not "bad" here). */
  accepts?: Bad[];
}

const FIELDS: Field[] = [
  { name: 'enterpriseNumber', kind: 'input', tooLong: '0'.repeat(41), wrongFormat: '0123.456.789' },
  { name: 'legalName', kind: 'input', tooLong: 'n'.repeat(201), wrongFormat: '!!! ---' },
  { name: 'sector', kind: 'choice', tooLong: 'p'.repeat(500), wrongFormat: 'charity' },
  { name: 'sizeBand', kind: 'choice', tooLong: 's'.repeat(500), wrongFormat: 'huge' },
  { name: 'regions', kind: 'choice', tooLong: 'r'.repeat(500), wrongFormat: 'mars' },
  { name: 'languages', kind: 'choice', tooLong: 'l'.repeat(500), wrongFormat: 'es' },
  { name: 'website', kind: 'input', tooLong: `www.${'a'.repeat(300)}.be`, wrongFormat: 'http://', accepts: ['empty'] },
  // The only description given: leaving it empty leaves none. Text that merely looks like SQL is text.
  { name: 'description_nl', kind: 'textarea', tooLong: 'd'.repeat(1001), accepts: ['sql'] },
  { name: 'executiveName', kind: 'input', tooLong: 'e'.repeat(121), wrongFormat: '...' },
  { name: 'executiveTitle', kind: 'input', tooLong: 't'.repeat(121), wrongFormat: '/' },
  {
    name: 'executiveEmail',
    kind: 'input',
    tooLong: `${'a'.repeat(250)}@example.be`,
    wrongFormat: 'an.peeters(at)example.be',
  },
  { name: 'executiveLang', kind: 'choice', tooLong: 'x'.repeat(500), wrongFormat: 'es' },
  { name: 'invitedBy', kind: 'input', tooLong: '9'.repeat(41), wrongFormat: '1234', accepts: ['empty'] },
];

const LANGS: Lang[] = ['fr', 'nl', 'de', 'en'];

/** Each catalogue message as a pattern (placeholders match anything), to tell which language a text is in. */
function messagePatterns(lang: Lang): RegExp[] {
  return Object.values(loadCatalogue(lang)).map((m) => {
    const parts = m.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/);
    return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  });
}
const patterns = Object.fromEntries(LANGS.map((l) => [l, messagePatterns(l)])) as Record<Lang, RegExp[]>;

function inlineError(body: string, field: string): string | null {
  const m = body.match(
    new RegExp(
      `<p class="field-error" id="field-${field}-error"><span class="visually-hidden">([^<]*)</span>([^<]*)</p>`,
    ),
  );
  return m ? `${decodeHtml(m[1]!)}|${decodeHtml(m[2]!).trim()}` : null;
}

/** The value shows again exactly as typed (escaped as HTML). */
function keeps(body: string, field: Field, value: string): boolean {
  if (value === '') return true; // nothing typed, nothing to keep
  const page = decodeHtml(body);
  if (field.kind === 'input') return page.includes(`name="${field.name}" type="`) && page.includes(`value="${value}"`);
  if (field.kind === 'textarea') return page.includes(`>${value}</textarea>`);
  return true; // a choice that is not on the list has no box to tick again
}

function checkAnswer(res: Response, lang: Lang, field: Field, value: string, label: string): void {
  assert.ok(res.status < 500, `${label}: no server error (${res.status})`);
  assert.equal(res.status, 400, `${label}: refused`);
  assert.match(res.body, new RegExp(`<html lang="${lang}"`), `${label}: page in ${lang}`);
  const error = inlineError(res.body, field.name);
  assert.ok(error, `${label}: an inline message on ${field.name}`);
  const [prefix, message] = error.split('|') as [string, string];
  assert.equal(prefix.trim(), translator(lang)('form.errorPrefix'), `${label}: prefix in ${lang}`);
  assert.ok(
    patterns[lang].some((p) => p.test(message)),
    `${label}: "${message}" is a ${lang} message`,
  );
  assert.ok(keeps(res.body, field, value), `${label}: the typed value is kept`);
  // The other fields keep their values too.
  assert.ok(field.name === 'legalName' || res.body.includes('value="Digitaal Samen vzw"'), `${label}: legal name kept`);
  assert.ok(field.name === 'regions' || /value="flanders" checked/.test(res.body), `${label}: regions kept`);
  assert.ok(
    field.name === 'executiveEmail' || res.body.includes('value="an.peeters@example.be"'),
    `${label}: e-mail kept`,
  );
  assert.doesNotMatch(res.body, /<script>alert/, `${label}: markup is escaped`);
}

describeEachEngine('the application form with bad input', (t) => {
  let client: Client;
  let csrf: string;
  const post = (lang: Lang, fields: Record<string, string | string[]>) =>
    client.postMultipart(`/${lang}/sign/apply`, { ...fields, action: 'send' }, csrf);

  before(async () => {
    await ensureCharter(t());
    client = await signedInClient(t(), await createUser(t().db));
    csrf = Client.csrfOf((await client.get('/nl/sign/apply')).body);
  });

  test('every field, every kind of bad input: a localised message, values kept, nothing stored', async () => {
    const before = await countRows(t());
    let n = 0;
    for (const field of FIELDS) {
      const inputs: [Bad, string][] = [...(Object.entries(BAD) as [Bad, string][]), ['tooLong', field.tooLong]];
      if (field.wrongFormat !== undefined) inputs.push(['wrongFormat', field.wrongFormat]);
      for (const [kind, value] of inputs) {
        if (field.accepts?.includes(kind)) continue;
        const lang = LANGS[n++ % LANGS.length]!;
        const res = await post(
          lang,
          validApplication({
            [field.name]: value,
            enterpriseNumber: field.name === 'enterpriseNumber' ? value : '0202.239.951',
          }),
        );
        checkAnswer(res, lang, field, value, `${field.name} × ${kind} (${lang})`);
      }
    }
    assert.ok(n > 120, `${n} bad submissions tried`);
    assert.deepEqual(await countRows(t()), before, 'nothing was stored');
  });

  test('every field bad at once, in French and in Dutch', async () => {
    const before = await countRows(t());
    for (const lang of ['fr', 'nl'] as const) {
      for (const [kind, value] of Object.entries(BAD)) {
        const fields = Object.fromEntries(FIELDS.map((f) => [f.name, value]));
        const res = await post(lang, fields);
        assert.equal(res.status, 400, kind);
        assert.match(res.body, new RegExp(translator(lang)('form.errorPrefix')));
        assert.match(res.body, /class="error-summary"/);
        for (const f of FIELDS.filter((x) => x.kind !== 'choice'))
          assert.ok(keeps(res.body, f, value), `${lang} ${kind}: ${f.name} kept`);
        assert.doesNotMatch(res.body, /<script>alert/);
      }
    }
    assert.deepEqual(await countRows(t()), before);
  });

  test('the same checks hold for a form sent without multipart, and for a missing body', async () => {
    const before = await countRows(t());
    const res = await client.post(
      '/fr/sign/apply',
      { ...validApplication({ legalName: BAD.rtlOverride }), action: 'send' },
      csrf,
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /caractères invisibles ou de direction/);
    const empty = await client.post('/nl/sign/apply', {}, csrf);
    assert.equal(empty.status, 400);
    assert.match(empty.body, /Vul dit veld in/);
    assert.deepEqual(await countRows(t()), before);
  });

  test('text that only looks odd is kept as text: apostrophes, SQL-like words, decomposed accents', async () => {
    const decomposed = 'Socie\u0301te\u0301 d’Acce\u0300s';
    const fields = validApplication({
      legalName: decomposed,
      description_nl: "'; DROP TABLE organisations; -- is gewoon tekst. Kinderen < 12 jaar.",
    });
    const res = await post('nl', fields);
    assert.equal(res.status, 303, 'accepted');
    const org = await t()
      .db.selectFrom('organisations')
      .select(['id', 'legal_name'])
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    assert.equal(org.legal_name, 'Société d’Accès', 'stored in NFC');
    const text = await t()
      .db.selectFrom('organisation_descriptions')
      .select('text')
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(text.text, "'; DROP TABLE organisations; -- is gewoon tekst. Kinderen < 12 jaar.");
    const page = await client.get(res.location!);
    assert.ok(page.body.includes('Kinderen &lt; 12 jaar.'), 'shown escaped');
  });
});
