import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { LANGS, translator } from '../../platform/i18n/i18n.ts';

const h1Of = (html: string) => [...html.matchAll(/<h1[\s>][^]*?<\/h1>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
const hrefs = (html: string) => new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));

// What a reader must find in each language: the real public addresses, in that language where
// the site has one (written out here, not read from resources.ts, so a wrong edit there fails).
const EXPECTED = {
  nl: [
    'https://safeonweb.be/nl',
    'https://atwork.safeonweb.be/nl',
    'mailto:verdacht@safeonweb.be',
    'https://meldpunt.belgie.be',
  ],
  fr: [
    'https://safeonweb.be/fr',
    'https://atwork.safeonweb.be/fr',
    'mailto:suspect@safeonweb.be',
    'https://pointdecontact.belgique.be',
  ],
  de: [
    'https://safeonweb.be/de',
    'https://atwork.safeonweb.be/de',
    'mailto:suspekt@safeonweb.be',
    'https://pointdecontact.belgique.be',
  ],
  en: [
    'https://safeonweb.be/en',
    'https://atwork.safeonweb.be',
    'mailto:suspicious@safeonweb.be',
    'https://meldpunt.belgie.be',
  ],
} as const;
const EVERY_LANGUAGE = ['https://www.police.be', 'https://www.cardstop.be', 'tel:+3278170170'];

describeEachEngine('online safety page', (t) => {
  for (const lang of LANGS) {
    test(`/${lang}/safety: one h1 in ${lang}, the national resources linked, nothing loaded from elsewhere`, async () => {
      const tr = translator(lang);
      const res = await t().client().get(`/${lang}/safety`);
      assert.equal(res.status, 200);
      assert.match(res.body, new RegExp(`<html lang="${lang}"`));
      assert.deepEqual(h1Of(res.body), [tr('safety.title')]);
      const links = hrefs(res.body);
      for (const href of [...EXPECTED[lang], ...EVERY_LANGUAGE])
        assert.ok(links.has(href), `${lang}: a link to ${href}`);
      assert.match(res.body, />078 170 170<\/a>/);
      // Six sections, the last one the four things an organisation can do, each under its own h3.
      assert.equal((res.body.match(/<h2[\s>]/g) ?? []).length, 6);
      for (const key of ['phishing', 'session', 'warnings', 'promote'])
        assert.ok(res.body.includes(`<h3>${tr(`safety.act.${key}.title`)}</h3>`), `${lang}: ${key}`);
      assert.doesNotMatch(res.body, /\ssrc="(https?:)?\/\//, 'no third-party requests');
      assert.doesNotMatch(res.body, / style=/);
    });
  }

  test("every page's footer links to the page, marked as the current page when open", async () => {
    const footer = (html: string) => html.slice(html.indexOf('<footer'));
    const res = await t().client().get('/fr/safety');
    assert.match(footer(res.body), /<a href="\/fr\/safety" aria-current="page">Sécurité en ligne<\/a>/);
    const home = await t().client().get('/de');
    assert.match(footer(home.body), /<a href="\/de\/safety">Sicher online<\/a>/);
    assert.doesNotMatch(home.body.slice(0, home.body.indexOf('<footer')), /\/de\/safety/, 'not in the header');
  });

  test("the organisation's space links to the page, for a member of an applicant too", async () => {
    const member = await createUser(t().db);
    const signatory = await createOrganisation(t().db, { members: [{ user: member, role: 'member' }] });
    const applicant = await createOrganisation(t().db, {
      status: 'applicant',
      members: [{ user: member, role: 'member' }],
    });
    const client = await signedInClient(t(), member);
    for (const org of [signatory, applicant]) {
      const space = await client.get(`/nl/organisations/${org.id}`);
      assert.equal(space.status, 200);
      assert.match(space.body, /<h3><a href="\/nl\/safety">Veilig online \(engagement 8\)<\/a><\/h3>/);
    }
  });
});
