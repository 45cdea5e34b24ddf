import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { matchingIds } from '../../platform/search/search.ts';
import * as service from './service.ts';
import { depsOf, validPractice } from './test-support.ts';

async function countsOf(db: import('kysely').Kysely<import('../../platform/db/schema.ts').DB>) {
  const rows = await db.selectFrom('practice_counts').selectAll().where('n', '<>', 0).execute();
  return Object.fromEntries(rows.map((r) => [`${r.facet}:${r.value}`, Number(r.n)]));
}

describeEachEngine('practices: writing and review', (t) => {
  let admin: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let reviewer: TestUser;
  let orgId: string;

  before(async () => {
    admin = await createUser(t().db, { locale: 'nl' });
    member = await createUser(t().db, { locale: 'fr' });
    outsider = await createUser(t().db);
    reviewer = await createUser(t().db, { secretariat: true });
    orgId = (
      await createOrganisation(t().db, {
        members: [
          { user: admin, role: 'admin' },
          { user: member, role: 'member' },
        ],
      })
    ).id;
  });

  test('a member drafts over two sittings, the admin submits, the secretariat returns, then publishes', async () => {
    const deps = depsOf(t());
    // First sitting: a half-written draft, unchecked.
    const first = await service.savePractice(
      deps,
      member.id,
      { orgId, practiceId: null },
      {
        kind: 'draft',
        lang: 'nl',
        values: {
          lang: 'nl',
          title: 'Telefonische hulp',
          summary: 'x'.repeat(400),
          cause: ['stress'],
          junk: 'dropped',
        },
      },
    );
    assert.ok(first.ok);
    const practiceId = first.value.practiceId;
    let view = await service.practiceForOrg(t().db, orgId, practiceId);
    assert.equal(view?.draft?.title, 'Telefonische hulp');
    assert.equal((view?.draft?.summary as string).length, 400, 'a draft keeps what was typed, even too long');
    assert.equal(view?.draft?.junk, undefined);
    // The admin cannot submit an unchecked draft.
    const early = await service.submitPractice(deps, admin.id, orgId, practiceId);
    assert.equal(!early.ok && early.error, 'conflict');

    // Second sitting: the checked form.
    const saved = await service.savePractice(
      deps,
      member.id,
      { orgId, practiceId },
      { kind: 'checked', input: validPractice() },
    );
    assert.ok(saved.ok);
    view = await service.practiceForOrg(t().db, orgId, practiceId);
    assert.equal(view?.draft, null);
    assert.equal(view?.working?.texts[0]?.title, 'Telefonische hulp bij online formulieren');

    // A member may not submit; the admin may.
    const byMember = await service.submitPractice(deps, member.id, orgId, practiceId);
    assert.equal(!byMember.ok && byMember.error, 'forbidden');
    assert.ok((await service.submitPractice(deps, admin.id, orgId, practiceId)).ok);
    assert.equal((await service.reviewQueue(t().db, null)).waiting, 1);
    // While in review, nobody edits it.
    const locked = await service.savePractice(
      deps,
      member.id,
      { orgId, practiceId },
      { kind: 'checked', input: validPractice() },
    );
    assert.equal(!locked.ok && locked.error, 'conflict');

    const revisionId = view!.working!.revision.id;
    assert.ok((await service.returnRevision(deps, reviewer.id, revisionId, 'Vermeld ook de resultaten per maand.')).ok);
    assert.equal((await service.reviewQueue(t().db, null)).waiting, 0);
    const mails = await t().mails();
    assert.ok(mails.some((m) => m.to === admin.email && m.text.includes('Vermeld ook de resultaten per maand.')));
    view = await service.practiceForOrg(t().db, orgId, practiceId);
    assert.equal(view?.practice.status, 'returned');
    assert.equal(view?.working?.revision.review_comment, 'Vermeld ook de resultaten per maand.');
    assert.equal(await service.publishedPractice(t().db, view!.practice.slug), null, 'not public before publication');

    // Fixed and submitted again, then published.
    const fixed = validPractice({ results: 'Tweehonderd oproepen per maand, negen op tien geholpen.' });
    assert.ok(
      (await service.savePractice(deps, member.id, { orgId, practiceId }, { kind: 'checked', input: fixed })).ok,
    );
    assert.ok((await service.submitPractice(deps, admin.id, orgId, practiceId)).ok);
    assert.ok((await service.publishRevision(deps, reviewer.id, revisionId)).ok);
    view = await service.practiceForOrg(t().db, orgId, practiceId);
    assert.equal(view?.practice.status, 'published');
    assert.notEqual(view?.practice.slug, practiceId, 'a readable slug');
    const published = await service.publishedPractice(t().db, view!.practice.slug);
    assert.equal(published?.texts[0]?.results, 'Tweehonderd oproepen per maand, negen op tien geholpen.');
    assert.deepEqual(view?.history.map((e) => e.kind).reverse(), [
      'created',
      'submitted',
      'returned',
      'submitted',
      'published',
    ]);
    const counts = await countsOf(t().db);
    assert.equal(counts['all:'], 1);
    assert.equal(counts['cause:stress'], 1);
    assert.equal(counts['sector:nonprofit'], 1);
    assert.deepEqual((await matchingIds(t().db, service.PRACTICES_INDEX, 'formulier', 10, { withTexts: true })).ids, [
      practiceId,
    ]);

    // An update is a new revision; the published one stays visible until the new one is published.
    const update = validPractice({ title: 'Telefonische hulp bij alle formulieren' });
    assert.ok(
      (await service.savePractice(deps, member.id, { orgId, practiceId }, { kind: 'checked', input: update })).ok,
    );
    assert.ok(
      (
        await service.saveTranslation(
          deps,
          member.id,
          { orgId, practiceId },
          {
            lang: 'fr',
            title: 'Aide téléphonique pour tous les formulaires',
            summary: 'Qui bloque sur un formulaire en ligne nous appelle.',
            body: 'Un numéro gratuit.',
          },
        )
      ).ok,
    );
    assert.equal(
      (await service.publishedPractice(t().db, view!.practice.slug))?.texts[0]?.title,
      'Telefonische hulp bij online formulieren',
    );
    assert.ok((await service.submitPractice(deps, admin.id, orgId, practiceId)).ok);
    view = await service.practiceForOrg(t().db, orgId, practiceId);
    assert.ok((await service.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
    const now = await service.publishedPractice(t().db, view!.practice.slug);
    assert.deepEqual(
      now?.texts.map((x) => x.lang),
      ['nl', 'fr'],
    );
    assert.equal(now?.revision.number, 2);
    assert.deepEqual(
      (await matchingIds(t().db, service.PRACTICES_INDEX, 'telephonique', 10, { withTexts: true })).ids,
      [practiceId],
    );
    assert.equal((await countsOf(t().db))['all:'], 1, 'a new revision does not count twice');

    // Archived: out of the library, its counts and its index; and back.
    assert.ok((await service.setArchived(deps, admin.id, orgId, practiceId, true)).ok);
    assert.equal(await service.publishedPractice(t().db, view!.practice.slug), null);
    assert.deepEqual(await countsOf(t().db), {});
    assert.deepEqual(
      (await matchingIds(t().db, service.PRACTICES_INDEX, 'formulier', 10, { withTexts: true })).ids,
      [],
    );
    assert.ok((await service.setArchived(deps, admin.id, orgId, practiceId, false)).ok);
    assert.equal((await countsOf(t().db))['all:'], 1);
  });

  test('people outside the organisation, and the secretariat on its own organisation, are refused', async () => {
    const deps = depsOf(t());
    const created = await service.savePractice(
      deps,
      admin.id,
      { orgId, practiceId: null },
      { kind: 'checked', input: validPractice() },
    );
    assert.ok(created.ok);
    const practiceId = created.value.practiceId;
    const byOutsider = await service.savePractice(
      deps,
      outsider.id,
      { orgId, practiceId },
      { kind: 'checked', input: validPractice() },
    );
    assert.equal(!byOutsider.ok && byOutsider.error, 'forbidden');
    const other = await createOrganisation(t().db, { members: [{ user: outsider, role: 'admin' }] });
    const elsewhere = await service.savePractice(
      deps,
      outsider.id,
      { orgId: other.id, practiceId },
      { kind: 'checked', input: validPractice() },
    );
    assert.equal(!elsewhere.ok && elsewhere.error, 'notFound', 'a practice of another organisation is not found');
    assert.ok((await service.submitPractice(deps, admin.id, orgId, practiceId)).ok);
    const revisionId = (await service.practiceForOrg(t().db, orgId, practiceId))!.working!.revision.id;
    const ownInterest = await service.publishRevision(deps, admin.id, revisionId);
    assert.equal(!ownInterest.ok && ownInterest.error, 'forbidden');
    const applicant = await createOrganisation(t().db, {
      status: 'applicant',
      members: [{ user: outsider, role: 'admin' }],
    });
    const notSignatory = await service.savePractice(
      deps,
      outsider.id,
      { orgId: applicant.id, practiceId: null },
      { kind: 'checked', input: validPractice() },
    );
    assert.equal(!notSignatory.ok && notSignatory.error, 'forbidden', 'only signatories write practices');
  });

  test('a restore rebuilds the counts, the tags and the index from the rows', async () => {
    const before_ = await countsOf(t().db);
    const tags = await t()
      .db.selectFrom('practice_tags')
      .select(['practice_id', 'facet', 'value'])
      .orderBy('practice_id')
      .orderBy('facet')
      .orderBy('value')
      .execute();
    await t()
      .db.transaction()
      .execute((trx) => service.rebuildDerived(trx));
    assert.deepEqual(await countsOf(t().db), before_);
    assert.deepEqual(
      await t()
        .db.selectFrom('practice_tags')
        .select(['practice_id', 'facet', 'value'])
        .orderBy('practice_id')
        .orderBy('facet')
        .orderBy('value')
        .execute(),
      tags,
    );
  });

  test('the daily digest goes out once a day, only when something was submitted', async () => {
    const { queueDailyDigest } = await import('./digest.ts');
    assert.equal(await queueDailyDigest(t().db, '2099-01-01T06:00:00.000Z'), true);
    assert.equal(await queueDailyDigest(t().db, '2099-01-01T07:00:00.000Z'), false, 'once a day');
    assert.equal(await queueDailyDigest(t().db, '2099-01-02T06:00:00.000Z'), false, 'nothing new');
    const digests = (await t().mails()).filter(
      (m) =>
        m.subject.includes('beoordeling') ||
        m.subject.includes('review') ||
        m.subject.includes('examen') ||
        m.subject.includes('Prüfung'),
    );
    assert.equal(digests.length, 1, 'one mail to the one secretariat member');
  });

  test("a withdrawing organisation's practices leave the library with it", async () => {
    const deps = depsOf(t());
    const leaver = await createUser(t().db);
    const org = await createOrganisation(t().db, { members: [{ user: leaver, role: 'admin' }] });
    const created = await service.savePractice(
      deps,
      leaver.id,
      { orgId: org.id, practiceId: null },
      {
        kind: 'checked',
        input: validPractice({ title: 'Vertrekkende praktijk over tablets' }),
      },
    );
    assert.ok(created.ok);
    assert.ok((await service.submitPractice(deps, leaver.id, org.id, created.value.practiceId)).ok);
    const view = await service.practiceForOrg(t().db, org.id, created.value.practiceId);
    assert.ok((await service.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
    assert.deepEqual((await matchingIds(t().db, service.PRACTICES_INDEX, 'tablets', 10, { withTexts: true })).ids, [
      created.value.practiceId,
    ]);
    await t()
      .db.transaction()
      .execute(async (trx) => {
        await deps.events.emit({ trx, dialect: deps.dialect }, 'organisations:withdrawn', {
          orgId: org.id,
          at: new Date().toISOString(),
        });
      });
    const after = await service.practiceForOrg(t().db, org.id, created.value.practiceId);
    assert.equal(after?.practice.status, 'archived');
    assert.equal(after?.history[0]?.kind, 'unpublished');
    assert.deepEqual((await matchingIds(t().db, service.PRACTICES_INDEX, 'tablets', 10, { withTexts: true })).ids, []);
  });
});
