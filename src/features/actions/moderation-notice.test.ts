import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { setMailChoice } from '../following/service.ts';
import { askToJoin, decidePartner } from './service-partners.ts';
import { proposeAction } from './service-propose.ts';
import { depsOf, validAction, world, type World } from './test-support.ts';

// Hiding a joint action and showing it again (issue 7) leave a line in its history and a mail
// to the lead's administrators, each in their language, with the reason and a link. The line is
// public once the action is; its reason stays with the action's organisations and the
// secretariat, as the hidden-state banner does. The mail is a notice: always sent.

describeEachEngine('actions: hiding and showing again are told and kept in the history', (t) => {
  let w: World;
  let frAdmin: TestUser;
  let deAdmin: TestUser;
  let member: TestUser;
  let secretary: Client;
  let page: string;
  let slug: string;
  const title = 'Tablets in de wijk';
  const reason = 'Dit lijkt op reclame voor één winkel; beschrijf wat de partners samen doen.';

  const mailsTo = async (user: TestUser, from: number) =>
    (await t().mails()).slice(from).filter((m) => m.to.includes(user.email));

  before(async () => {
    w = await world(t());
    frAdmin = await createUser(t().db, { locale: 'fr' });
    deAdmin = await createUser(t().db, { locale: 'de' });
    member = await createUser(t().db, { locale: 'en' });
    const lead = await createOrganisation(t().db, {
      name: 'Stad Gent',
      members: [
        { user: frAdmin, role: 'admin' },
        { user: deAdmin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    // A notice is not one of the mails a person may switch off.
    await setMailChoice(t().db, deAdmin.id, 'actions-join-request', 'off');
    await setMailChoice(t().db, deAdmin.id, 'following-news', 'off');
    const made = await proposeAction(depsOf(t()), frAdmin.id, lead.id, {
      ...validAction({ title }),
      obstacleRefs: [w.obstacle.slug],
    });
    assert.ok(made.ok);
    slug = made.value.slug;
    page = `/en/actions/${slug}`;
    // Bank Alfa (member `a`) is a partner.
    assert.ok((await askToJoin(depsOf(t()), w.a.id, slug, w.orgA.id)).ok);
    assert.ok((await decidePartner(depsOf(t()), frAdmin.id, slug, { orgId: w.orgA.id, accept: true })).ok);
    secretary = await signedInClient(t(), await createUser(t().db, { secretariat: true, locale: 'en' }));
  });

  test('hidden: the lead’s administrators get the reason in their language; the partner sees it in the history', async () => {
    const before = (await t().mails()).length;
    assert.equal((await secretary.submit(page, { hideReason: reason }, `${page}/hide`)).status, 303);

    const fr = await mailsTo(frAdmin, before);
    assert.equal(fr.length, 1);
    assert.equal(fr[0]!.subject, 'Le secrétariat a masqué votre action commune «\u00a0Tablets in de wijk\u00a0»');
    assert.ok(fr[0]!.text.includes(reason));
    assert.ok(fr[0]!.text.includes(`/fr/actions/${slug}`));
    assert.match(fr[0]!.text, /Nous l’envoyons toujours/);
    const de = await mailsTo(deAdmin, before);
    assert.equal(de.length, 1, 'sent even to one who switched the other mails off');
    assert.equal(de[0]!.subject, 'Das Sekretariat hat Ihre gemeinsame Aktion „Tablets in de wijk“ verborgen');
    assert.ok(de[0]!.text.includes(reason));
    assert.deepEqual(await mailsTo(member, before), [], 'a member who is not an administrator gets none');
    assert.deepEqual(await mailsTo(w.a, before), [], 'nor the partner');

    const partner = await signedInClient(t(), w.a);
    const seen = (await partner.get(page)).body;
    assert.ok(seen.includes(`The secretariat hid the action. Reason: ${reason}`));
  });

  test('shown again: mailed too; a stranger reads both lines in the history, without the reason', async () => {
    const before = (await t().mails()).length;
    assert.equal((await secretary.submit(page, {}, `${page}/unhide`)).status, 303);

    const fr = await mailsTo(frAdmin, before);
    assert.equal(fr.length, 1);
    assert.equal(fr[0]!.subject, 'Votre action commune «\u00a0Tablets in de wijk\u00a0» est de nouveau visible');
    assert.ok(fr[0]!.text.includes(`/fr/actions/${slug}`));
    assert.equal((await mailsTo(deAdmin, before)).length, 1);
    assert.deepEqual(await mailsTo(member, before), []);

    const history = (body: string) => body.slice(body.indexOf('id="history-heading"'));
    const stranger = history((await t().client().get(page)).body);
    assert.match(stranger, /The secretariat hid the action</);
    assert.match(stranger, /The secretariat showed the action again/);
    assert.ok(!stranger.includes(reason), 'the reason is for the action’s organisations');
    const signedIn = history(
      (await (await signedInClient(t(), await createUser(t().db, { locale: 'en' }))).get(page)).body,
    );
    assert.ok(!signedIn.includes(reason));
    for (const user of [w.a, member]) {
      const own = history((await (await signedInClient(t(), user)).get(page)).body);
      assert.ok(own.includes(`The secretariat hid the action. Reason: ${reason}`));
      assert.match(own, /The secretariat showed the action again/);
    }
    const lines = await t()
      .db.selectFrom('action_history')
      .select(['kind', 'org_id'])
      .where('kind', 'in', ['hidden', 'shown'])
      .orderBy('at')
      .execute();
    assert.deepEqual(lines, [
      { kind: 'hidden', org_id: null },
      { kind: 'shown', org_id: null },
    ]);
  });

  test('the settings page lists the notice as always sent to the lead’s administrators', async () => {
    const settings = (await (await signedInClient(t(), frAdmin)).get('/fr/account/notifications')).body;
    assert.match(settings, /Le secrétariat masque une action commune que votre organisation mène/);
  });
});
