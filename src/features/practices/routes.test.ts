import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import * as service from './service.ts';
import { depsOf } from './test-support.ts';

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

  test('the public page lists the published revision’s files and serves them; a draft’s files stay private', async () => {
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
    const form = await asMember.get(`/nl/organisations/${orgId}/practices/new`);
    const saved = await asMember.postMultipart(
      `/nl/organisations/${orgId}/practices/new`,
      fields({ attachmentLabel: 'Het draaiboek' }),
      Client.csrfOf(form.body),
      { field: 'attachment', name: 'draaiboek.pdf', type: 'application/pdf', data: pdf('eerste') },
    );
    assert.equal(saved.status, 303, saved.body);
    const practiceId = saved.location!.match(/practices\/([^/?#]+)/)![1]!;
    const view = async () => (await service.practiceForOrg(t().db, orgId, practiceId))!;
    const first = (await view()).working!.attachments[0]!.file;
    // A draft's slug is its id: nothing of it answers on the public side, its file neither.
    const anonymous = t().client();
    assert.equal((await anonymous.get(`/nl/practices/${practiceId}/files/${first}`)).status, 404);

    const deps = depsOf(t());
    assert.ok((await service.submitPractice(deps, admin.id, orgId, practiceId)).ok);
    assert.ok((await service.publishRevision(deps, secretariat.id, (await view()).working!.revision.id)).ok);
    const slug = (await view()).practice.slug;
    const page = await anonymous.get(`/fr/practices/${slug}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h2 id="attachments">Documents à télécharger<\/h2>/);
    const href = `/fr/practices/${slug}/files/${first}`;
    assert.match(page.body, new RegExp(`<a href="${href}">Het draaiboek</a> \\(document PDF, 1 ko\\)`));
    const file = await anonymous.get(href);
    assert.equal(file.status, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.match(String(file.headers['content-disposition']), /^attachment; filename="[a-f0-9]{32}\.pdf"$/);
    assert.match(String(file.headers['content-security-policy']), /sandbox/);
    assert.ok(file.body.includes('eerste'));

    // A new revision in the works, with a second file: the draft's file is not public, the published one still is.
    const edit = await asMember.get(`/nl/organisations/${orgId}/practices/${practiceId}/edit`);
    const changed = await asMember.postMultipart(
      `/nl/organisations/${orgId}/practices/${practiceId}/edit`,
      fields({ attachmentLabel: 'Nog geheim' }),
      Client.csrfOf(edit.body),
      { field: 'attachment', name: 'nieuw.pdf', type: 'application/pdf', data: pdf('tweede') },
    );
    assert.equal(changed.status, 303, changed.body);
    const draftFiles = (await view()).working!.attachments.map((a) => a.file);
    const second = draftFiles.find((f) => f !== first)!;
    assert.ok(second);
    assert.equal((await asMember.get(`/nl/organisations/${orgId}/practices/${practiceId}/files/${second}`)).status, 200);
    assert.equal((await anonymous.get(`/fr/practices/${slug}/files/${second}`)).status, 404);
    assert.equal((await asMember.get(`/fr/practices/${slug}/files/${second}`)).status, 404, 'not for its own members either');
    assert.doesNotMatch((await anonymous.get(`/fr/practices/${slug}`)).body, /Nog geheim/);
    assert.equal((await anonymous.get(href)).status, 200);
    // Nothing else answers: a name that is not a stored file, or a published file under another slug.
    assert.equal((await anonymous.get(`/fr/practices/${slug}/files/..%2F..%2Fetc%2Fpasswd`)).status, 404);
    assert.equal((await anonymous.get(`/fr/practices/nope/files/${first}`)).status, 404);
  });
});
