import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { pngImage } from '../../platform/files/test-images.ts';
import { MAX_MATERIAL_BYTES } from './materials.ts';

// The secretariat's side: a campaign made through the form (with its mistakes shown and every
// typed value kept), changed, given materials (a link, a checked file; a wrong type and a file too
// large are refused), and the public page showing them in the reader's language first.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describeEachEngine('campaigns: the secretariat makes a campaign and its materials', (t) => {
  let client: Client;
  let editUrl: string;

  before(async () => {
    client = await signedInClient(t(), await createUser(t().db, { secretariat: true }));
  });

  test('a form with mistakes comes back with each one said and every typed value kept', async () => {
    const res = await client.submit('/en/secretariat/campaigns/new', {
      lang: 'nl',
      startsOn: '2026-12-20',
      endsOn: '2026-12-01',
      title_nl: 'Digitale week',
      aim_nl: '',
      title_fr: '',
      aim_fr: 'Un but sans titre',
      ctaLink: 'not a link at all',
      cause: 'skills',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /Describe the aim of the campaign in this language\./);
    assert.match(res.body, /Give the campaign a title in this language\./, 'a language begun needs its title');
    assert.match(res.body, /The end date must be after the start date\./);
    assert.match(res.body, /value="Digitale week"/);
    assert.match(res.body, />Un but sans titre<\/textarea>/);
    assert.match(res.body, /value="2026-12-20"/);
    assert.match(res.body, /value="skills"[^>]*checked|checked[^>]*value="skills"/);
    assert.equal(await t().db.selectFrom('campaigns').select('id').executeTakeFirst(), undefined);
  });

  test('a campaign is made, then changed; each write leaves an audit line', async () => {
    const made = await client.submit('/en/secretariat/campaigns/new', {
      lang: 'nl',
      startsOn: '2026-11-20',
      endsOn: '31/12/2026',
      title_nl: 'Digitale week',
      aim_nl: 'Organisaties openen hun deuren.',
      cta_nl: 'Doe mee.',
      title_fr: 'Semaine numérique',
      aim_fr: 'Des organisations ouvrent leurs portes.',
      group: ['older', 'jobseekers'],
    });
    assert.equal(made.status, 303);
    editUrl = made.location!;
    const row = await t().db.selectFrom('campaigns').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.slug, 'digitale-week');
    assert.equal(row.ends_on, '2026-12-31');
    const changed = await client.submit(editUrl, {
      lang: 'nl',
      startsOn: '2026-11-20',
      endsOn: '2026-12-31',
      title_nl: 'Digitale week 2026',
      aim_nl: 'Organisaties openen hun deuren.',
      title_fr: '',
      aim_fr: '',
      title_en: 'Digital week',
      aim_en: 'Organisations open their doors.',
    });
    assert.equal(changed.status, 303);
    const texts = await t().db.selectFrom('campaign_texts').select(['lang', 'title']).orderBy('lang').execute();
    assert.deepEqual(texts, [
      { lang: 'en', title: 'Digital week' },
      { lang: 'nl', title: 'Digitale week 2026' },
    ]);
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', row.id).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['campaigns.changed', 'campaigns.created']);
    const list = await client.get('/en/secretariat/campaigns');
    assert.match(list.body, /Digital week/);
  });

  test('materials: a link and a checked file; a wrong type and a file too large are refused', async () => {
    const materials = editUrl.replace('/edit', '/materials/new');
    const csrf = async () => Client.csrfOf((await client.get(materials)).body);
    const link = await client.postMultipart(
      materials,
      { lang: 'fr', title: 'Affiche', kind: 'link', url: 'example.be/affiche.pdf' },
      await csrf(),
    );
    assert.equal(link.status, 303);
    const wrong = await client.postMultipart(materials, { lang: 'nl', title: 'Affiche', kind: 'file' }, await csrf(), {
      field: 'file',
      name: 'affiche.pdf',
      type: 'application/pdf',
      data: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /Choose a PDF, PNG or JPEG file\./);
    assert.match(wrong.body, /value="Affiche"/, 'the typed title is kept');
    const huge = await client.postMultipart(materials, { lang: 'nl', title: 'Groot', kind: 'file' }, await csrf(), {
      field: 'file',
      name: 'groot.pdf',
      type: 'application/pdf',
      data: Buffer.concat([PDF, Buffer.alloc(MAX_MATERIAL_BYTES + 10)]),
    });
    assert.equal(huge.status, 400);
    assert.match(huge.body, /The file is larger than 5 MB\./);
    // A missing title with a good file: the file is kept for the next submit.
    const noTitle = await client.postMultipart(materials, { lang: 'nl', title: '', kind: 'file' }, await csrf(), {
      field: 'file',
      name: 'affiche.png',
      type: 'image/png',
      data: pngImage(4, 4),
    });
    assert.equal(noTitle.status, 400);
    const pending = /name="filePending" value="([a-f0-9]{32}\.png)"/.exec(noTitle.body)?.[1];
    assert.ok(pending, 'the chosen file waits for the next submit');
    const saved = await client.postMultipart(
      materials,
      { lang: 'nl', title: 'Affiche', kind: 'file', filePending: pending },
      Client.csrfOf(noTitle.body),
    );
    assert.equal(saved.status, 303);
    const pdf = await client.postMultipart(materials, { lang: 'en', title: 'Leaflet', kind: 'file' }, await csrf(), {
      field: 'file',
      name: 'leaflet.pdf',
      type: 'application/pdf',
      data: PDF,
    });
    assert.equal(pdf.status, 303);
    const rows = await t()
      .db.selectFrom('campaign_materials')
      .select(['lang', 'kind', 'title', 'file'])
      .orderBy('lang')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.lang, r.kind, r.title]),
      [
        ['en', 'file', 'Leaflet'],
        ['fr', 'link', 'Affiche'],
        ['nl', 'file', 'Affiche'],
      ],
    );
    const file = await t()
      .client()
      .get(`/nl/campaigns/digitale-week/files/${rows.find((r) => r.lang === 'nl')!.file}`);
    assert.equal(file.status, 200);
    assert.equal(file.headers['content-type'], 'image/png');
    assert.equal(
      (
        await t()
          .client()
          .get(`/nl/campaigns/digitale-week/files/${'0'.repeat(32)}.png`)
      ).status,
      404,
    );
  });

  test('the public page: the reader’s language first, its materials, then the others labelled', async () => {
    const en = await t().client().get('/en/campaigns/digitale-week');
    assert.equal(en.status, 200);
    assert.match(en.body, /<h1>Digital week<\/h1>/);
    const [mine, others] = en.body.split('In other languages');
    assert.match(mine!, /Leaflet/);
    assert.doesNotMatch(mine!, /Affiche/);
    assert.match(others!, /lang="fr"[^>]*>Affiche<\/a> <strong class="tag tag--grey">French<\/strong>/);
    // No German text: the Dutch one, marked as Dutch, with a notice.
    const de = await t().client().get('/de/campaigns/digitale-week');
    assert.match(de.body, /<h1 lang="nl">Digitale week 2026<\/h1>/);
    assert.match(de.body, /Diese Kampagne gibt es nicht in Ihrer Sprache\. Sie lesen sie auf Niederländisch\./);
    assert.match(de.body, /Es gibt noch keine Materialien in Ihrer Sprache\./);
  });

  test('removing a material removes its row and its file', async () => {
    const row = await t()
      .db.selectFrom('campaign_materials')
      .select(['id', 'file'])
      .where('lang', '=', 'en')
      .executeTakeFirstOrThrow();
    const removed = await client.submit(editUrl, {}, editUrl.replace('/edit', `/materials/${row.id}/delete`));
    assert.equal(removed.status, 303);
    assert.equal(
      await t().db.selectFrom('campaign_materials').select('id').where('id', '=', row.id).executeTakeFirst(),
      undefined,
    );
    assert.equal((await t().client().get(`/en/campaigns/digitale-week/files/${row.file}`)).status, 404);
  });
});
