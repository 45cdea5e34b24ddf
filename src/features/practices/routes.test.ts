import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';

/** The form's fields for a complete practice; `over` changes some. */
function fields(over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    lang: 'nl',
    title: 'Spreekuur digitale hulp in de bibliotheek',
    summary: 'Elke woensdag helpen vrijwilligers met e-mail, itsme en online formulieren.',
    body: 'Wie binnenloopt, krijgt **persoonlijke** hulp.\n\n- geen afspraak nodig\n- gratis',
    results: 'Veertig bezoekers per maand.',
    cause: ['skills', 'trust'],
    group: ['older', 'smartphone_only'],
    commitment: ['1', '4'],
    audience: ['community'],
    region: ['brussels'],
    language: ['nl', 'fr'],
    periodStart: '2025-10-01',
    periodEnd: '',
    peopleReached: '480',
    link1Url: 'bib.example.be/hulp',
    link1Label: 'Het spreekuur',
    contactName: 'Lotte Janssens',
    contactEmail: 'lotte@example.be',
    action: 'save',
    ...over,
  };
}

const HOSTILE =
  '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> [klik](javascript:alert(3)) <b>vet</b>\n\n## Echt';

describeEachEngine('practices: the forms', (t) => {
  let admin: TestUser;
  let member: TestUser;
  let secretariat: TestUser;
  let orgId: string;
  let asMember: Client;

  before(async () => {
    admin = await createUser(t().db, { locale: 'nl' });
    member = await createUser(t().db, { locale: 'nl' });
    secretariat = await createUser(t().db, { secretariat: true });
    orgId = (
      await createOrganisation(t().db, {
        members: [
          { user: admin, role: 'admin' },
          { user: member, role: 'member' },
        ],
      })
    ).id;
    asMember = await signedInClient(t(), member);
  });

  test('bad input gives 400 with the summary, inline messages and every value kept', async () => {
    const page = await asMember.get(`/nl/organisations/${orgId}/practices/new`);
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1, 'one h1');
    const long = 'Te lang '.repeat(50);
    const res = await asMember.submit(
      `/nl/organisations/${orgId}/practices/new`,
      fields({
        title: '',
        summary: long,
        cause: [],
        periodStart: '2025-13-45',
        peopleReached: 'veel',
        link2Url: 'geen adres',
      }),
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /class="error-summary"/);
    for (const field of ['title', 'summary', 'cause', 'periodStart', 'peopleReached', 'link2Url']) {
      assert.match(res.body, new RegExp(`href="#field-${field}"`), `the summary links to ${field}`);
      assert.match(res.body, new RegExp(`id="field-${field}-error"`), `an inline message for ${field}`);
    }
    assert.ok(res.body.includes(long.trim()), 'the long summary is kept');
    assert.match(res.body, /value="Lotte Janssens"/);
    assert.match(res.body, /value="veel"/);
    assert.match(res.body, /value="older" checked/);
    assert.match(res.body, /<title>Fout: /);
  });

  test('"Save draft" keeps what was typed, unchecked, and the form shows it again', async () => {
    const res = await asMember.submit(
      `/nl/organisations/${orgId}/practices/new`,
      fields({ action: 'draft', title: 'Half af', summary: 'x'.repeat(350), cause: [] }),
    );
    assert.equal(res.status, 303);
    const edit = await asMember.get(res.location!);
    assert.equal(edit.status, 200);
    assert.match(edit.body, /value="Half af"/);
    assert.ok(edit.body.includes('x'.repeat(350)));
    assert.match(edit.body, /Klad bewaard op/);
  });

  test('Markdown with raw HTML or script renders inert', async () => {
    const saved = await asMember.submit(`/nl/organisations/${orgId}/practices/new`, fields({ body: HOSTILE }));
    assert.equal(saved.status, 303, saved.body);
    const page = await asMember.get(saved.location!);
    assert.equal(page.status, 200);
    assert.ok(!page.body.includes('<script>alert'), 'no script element');
    assert.ok(!/<img/i.test(page.body), 'no image element');
    assert.ok(!/href="javascript:/i.test(page.body), 'no javascript link');
    assert.ok(!page.body.includes('<b>vet'), 'no raw HTML');
    assert.ok(page.body.includes('&lt;script>alert(1)&lt;/script>'), 'the text is shown as typed');
  });

  test('the admin submits, the secretariat sees the count, returns with a comment, then publishes', async () => {
    const asAdmin = await signedInClient(t(), admin);
    const sent = await asAdmin.submit(
      `/nl/organisations/${orgId}/practices/new`,
      fields({ action: 'submit', title: 'Een praktijk om na te lezen' }),
    );
    assert.equal(sent.status, 303, sent.body);
    const practicePath = sent.location!;
    const asSecretariat = await signedInClient(t(), secretariat);
    const overview = await asSecretariat.get('/en/secretariat');
    assert.match(overview.body, /Good practices to review<\/a> \(1 waiting\)/);
    const queue = await asSecretariat.get('/en/secretariat/practices');
    assert.equal(queue.status, 200);
    const link = queue.body.match(/href="(\/en\/secretariat\/practices\/[^"]+)"/);
    assert.ok(link, 'the queue links to the revision');
    const review = await asSecretariat.get(link[1]!);
    assert.match(review.body, /Een praktijk om na te lezen/);
    const empty = await asSecretariat.submit(link[1]!, { comment: '' }, `${link[1]!}/return`);
    assert.equal(empty.status, 400);
    const returned = await asSecretariat.submit(
      link[1]!,
      { comment: 'Voeg een foto-vrije folder toe.' },
      `${link[1]!}/return`,
    );
    assert.equal(returned.status, 303);
    const list = await asAdmin.get(`/nl/organisations/${orgId}/practices`);
    assert.match(list.body, /Voeg een foto-vrije folder toe\./);
    const mine = await asAdmin.get(practicePath);
    assert.match(mine.body, /Teruggestuurd/);
    const again = await asAdmin.submit(practicePath, {}, `${practicePath}/submit`);
    assert.equal(again.status, 303);
    const published = await asSecretariat.submit(link[1]!, {}, `${link[1]!}/publish`);
    assert.equal(published.status, 303);
    assert.match((await asAdmin.get(practicePath)).body, /Gepubliceerd/);
    // A member cannot archive; the admin can.
    assert.equal((await asMember.submit(practicePath, { archive: 'yes' }, `${practicePath}/archive`)).status, 403);
    assert.equal((await asAdmin.submit(practicePath, { archive: 'yes' }, `${practicePath}/archive`)).status, 303);
    assert.match((await asAdmin.get(practicePath)).body, /Gearchiveerd/);
    assert.equal((await asAdmin.submit(practicePath, { archive: 'no' }, `${practicePath}/archive`)).status, 303);
  });

  test('a translation is added to the working version', async () => {
    const saved = await asMember.submit(`/nl/organisations/${orgId}/practices/new`, fields());
    const path = saved.location!;
    const bad = await asMember.submit(`${path}/translation`, { lang: 'fr', title: '', summary: '', body: '' });
    assert.equal(bad.status, 400);
    const good = await asMember.submit(`${path}/translation`, {
      lang: 'fr',
      title: 'Permanence d’aide numérique à la bibliothèque',
      summary: 'Chaque mercredi, des bénévoles aident.',
      body: 'Sans rendez-vous.',
      results: '',
    });
    assert.equal(good.status, 303);
    const page = await asMember.get(path);
    assert.match(page.body, /lang="fr"/);
    assert.match(page.body, /Permanence d’aide numérique/);
  });

  test('a PDF is attached, served to the organisation, and a file of another kind is refused with the values kept', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const page = await asMember.get(`/nl/organisations/${orgId}/practices/new`);
    const csrf = Client.csrfOf(page.body);
    const refused = await asMember.postMultipart(`/nl/organisations/${orgId}/practices/new`, fields(), csrf, {
      field: 'attachment',
      name: 'folder.exe',
      type: 'application/octet-stream',
      data: Buffer.from('MZ not a pdf at all'),
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /id="field-attachment-error"/);
    assert.match(refused.body, /value="Spreekuur digitale hulp in de bibliotheek"/);
    const saved = await asMember.postMultipart(
      `/nl/organisations/${orgId}/practices/new`,
      fields({ attachmentLabel: 'De folder' }),
      csrf,
      { field: 'attachment', name: 'folder.pdf', type: 'application/pdf', data: pdf },
    );
    assert.equal(saved.status, 303, saved.body);
    const practice = await asMember.get(saved.location!);
    const link = practice.body.match(/href="([^"]+\/files\/[a-f0-9]{32}\.pdf)">De folder</);
    assert.ok(link, 'the practice page links to its file');
    const file = await asMember.get(link[1]!);
    assert.equal(file.status, 200);
    assert.match(String(file.headers['content-type']), /application\/pdf/);
    const outsider = await signedInClient(t(), secretariat);
    assert.equal((await outsider.get(link[1]!)).status, 403);
  });
});
