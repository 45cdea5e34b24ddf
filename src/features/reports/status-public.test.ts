import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { formatters } from '../../platform/i18n/format.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { keepStatus } from './kept.ts';
import { insertTestReport, openTestCycle, signedOn } from './test-support.ts';

// The reporting status in public (issue 10): on the profile, each of the latest cycles with its
// day, in the reader's language, and a link to each public report (never to a first report kept
// private); on the space, commitment 9 with the status and the way to the report.

const year = brusselsYear(new Date().toISOString());
/** The cycle running this year is about last year; the two before it are older. */
const [running, previous] = [year - 1, year - 2];
const day = (lang: 'en' | 'fr' | 'nl' | 'de', iso: string) => formatters(lang).date(`${iso}T12:00:00.000Z`);

/** The profile's "Yearly reports" section. */
function reportsSection(html: string): string {
  const start = html.indexOf('id="reports-heading"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

/** The card of commitment 9 in a page's "nine commitments". */
function card9(html: string): string {
  const section = html.slice(html.indexOf('id="commitments-heading"'));
  const cards = section.slice(0, section.indexOf('</section>')).split('<li class="card"><h3>');
  return cards.find((c) => c.startsWith('9. ')) ?? '';
}

describeEachEngine('reporting status in public: profile and space', (t) => {
  const org = {} as Record<'alfa' | 'beta' | 'gamma' | 'delta', { id: string; slug: string }>;
  let asAlfa: Client;

  before(async () => {
    const db = t().db;
    const admin = await createUser(db, { locale: 'en' });
    org.alfa = await createOrganisation(db, { name: 'Alfa Digitaal', members: [{ user: admin, role: 'admin' }] });
    org.beta = await createOrganisation(db, { name: 'Beta Numérique' });
    org.gamma = await createOrganisation(db, { name: 'Gamma Hilfe' });
    org.delta = await createOrganisation(db, { name: 'Delta Nieuw' });
    for (const o of [org.alfa, org.beta, org.gamma]) await signedOn(db, o.id);
    // Delta signed during the year before last: its first report (about last year) may stay private.
    await signedOn(db, org.delta.id, `${previous}-05-02T10:00:00.000Z`);
    await openTestCycle(db, previous);
    await openTestCycle(db, running);

    // Alfa reported on the previous cycle on 3 April and is writing this one.
    await insertTestReport(db, org.alfa.id, previous, {
      submittedAt: `${previous + 1}-04-03T08:00:00.000Z`,
      figures: { people_trained: 40 },
    });
    await insertTestReport(db, org.alfa.id, running, { status: 'draft', today: `${year}-03-01` });
    // Beta passed the deadline; Gamma the grace period too.
    await keepStatus(db, {
      orgId: org.beta.id,
      year: running,
      signedAt: '2020-03-02T10:00:00.000Z',
      today: `${year}-06-10`,
    });
    await keepStatus(db, {
      orgId: org.gamma.id,
      year: running,
      signedAt: '2020-03-02T10:00:00.000Z',
      today: `${year}-07-05`,
    });
    // Delta's first report came late and stays private.
    await insertTestReport(db, org.delta.id, running, { submittedAt: `${year}-06-15T09:00:00.000Z` });
    await db.updateTable('reports').set({ private: 1 }).where('org_id', '=', org.delta.id).execute();

    asAlfa = await signedInClient(t(), admin);
  });

  test('the profile shows each cycle with its day, and links to the public report', async () => {
    const html = (await t().client().get(`/en/signatories/${org.alfa.slug}`)).body;
    const section = reportsSection(html);
    assert.match(section, /id="reports-heading">Yearly reports<\/h2>/);
    assert.match(section, new RegExp(`<th scope="row">${running}</th><td>In progress</td><td></td>`));
    assert.match(section, new RegExp(`Reported on ${day('en', `${previous + 1}-04-03`)}`));
    assert.match(
      section,
      new RegExp(`href="/en/signatories/${org.alfa.slug}/reports/${previous}">Read the report for ${previous}<`),
    );
    // The nine commitments say it too, with the year.
    assert.match(card9(html), new RegExp(`Report for ${previous}: reported on ${day('en', `${previous + 1}-04-03`)}`));
    assert.match(card9(html), new RegExp(`Report for ${running}: in progress, due by ${day('en', `${year}-05-31`)}`));
  });

  test('late and not reporting, with their days, in the reader’s language', async () => {
    const cases = [
      { slug: org.beta.slug, lang: 'en', text: `Late since ${day('en', `${year}-06-01`)}` },
      { slug: org.beta.slug, lang: 'fr', text: `En retard depuis le ${day('fr', `${year}-06-01`)}` },
      { slug: org.beta.slug, lang: 'nl', text: `Te laat sinds ${day('nl', `${year}-06-01`)}` },
      { slug: org.gamma.slug, lang: 'en', text: `Not reporting since ${day('en', `${year}-07-01`)}` },
      { slug: org.gamma.slug, lang: 'de', text: `Berichtet nicht seit ${day('de', `${year}-07-01`)}` },
    ] as const;
    for (const c of cases) {
      const html = (await t().client().get(`/${c.lang}/signatories/${c.slug}`)).body;
      assert.ok(reportsSection(html).includes(c.text), `${c.lang} ${c.slug}: ${c.text}`);
    }
  });

  test('a first report kept private shows its status, never a link', async () => {
    const html = (await t().client().get(`/en/signatories/${org.delta.slug}`)).body;
    const section = reportsSection(html);
    assert.match(section, new RegExp(`Reported on ${day('en', `${year}-06-15`)} \\(after the deadline\\)`));
    assert.match(section, /Not published/);
    assert.doesNotMatch(html, /\/reports\/\d{4}"/);
  });

  test('an organisation that never had to report shows no section', async () => {
    const other = await createOrganisation(t().db, { name: 'Epsilon Later' });
    const html = (await t().client().get(`/en/signatories/${other.slug}`)).body;
    assert.equal(reportsSection(html), '');
    assert.equal(card9(html), '');
  });

  test('the space shows the status of each cycle and the way to the report', async () => {
    const res = await asAlfa.get(`/en/organisations/${org.alfa.id}`);
    assert.equal(res.status, 200);
    const card = card9(res.body);
    assert.match(card, new RegExp(`<li>Report for ${running}: in progress, due by ${day('en', `${year}-05-31`)}</li>`));
    assert.match(
      card,
      new RegExp(`<li>Report for ${previous}: reported on ${day('en', `${previous + 1}-04-03`)}</li>`),
    );
    assert.match(
      card,
      new RegExp(`<a href="/en/organisations/${org.alfa.id}/reports/${running}">Go to your yearly report</a>`),
    );
    // Last year's page shows the cycles up to last year only.
    const last = card9((await asAlfa.get(`/en/organisations/${org.alfa.id}?year=${year - 1}`)).body);
    assert.match(last, new RegExp(`Report for ${running}:`));
    const older = card9((await asAlfa.get(`/en/organisations/${org.alfa.id}?year=${year - 2}`)).body);
    assert.doesNotMatch(older, new RegExp(`Report for ${running}:`));
  });

  test('a status that moves shows at once on a cached profile', async () => {
    const url = `/en/signatories/${org.beta.slug}`;
    assert.match(reportsSection((await t().client().get(url)).body), /Late since/);
    await insertTestReport(t().db, org.beta.id, running, { submittedAt: `${year}-06-20T09:00:00.000Z` });
    const section = reportsSection((await t().client().get(url)).body);
    assert.match(section, new RegExp(`Reported on ${day('en', `${year}-06-20`)} \\(after the deadline\\)`));
    assert.match(section, new RegExp(`/reports/${running}"`));
  });
});
