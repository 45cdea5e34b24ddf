import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { newId } from '../../platform/db/sql.ts';
import { HISTORY_PAGE_SIZE } from './service.ts';

describeEachEngine('organisation history', (t) => {
  test('lists the audit lines in plain words, newest first, page by page without gaps or repeats', async () => {
    const { db } = t();
    const admin = await createUser(db, { name: 'Hanne Historiek' });
    const colleague = await createUser(db, { name: 'Karel Collega' });
    const org = await createOrganisation(db, {
      members: [
        { user: admin, role: 'admin' },
        { user: colleague, role: 'member' },
      ],
    });
    const other = await createOrganisation(db, { members: [{ user: colleague, role: 'admin' }] });

    // 31 lines for the organisation, two of them at the very same moment, and one for another organisation.
    const base = Date.parse('2025-03-01T09:00:00.000Z');
    const lines = Array.from({ length: 31 }, (_, i) => ({
      id: newId(),
      at: new Date(base + Math.min(i, 29) * 60_000).toISOString(),
      actor_user_id: admin.id,
      action: 'organisations.invitation_sent',
      subject_type: 'organisation',
      subject_id: org.id,
      details: JSON.stringify({ email: `person${i}@example.be`, role: i % 2 ? 'admin' : 'member', replaced: false }),
    }));
    await db.insertInto('audit_log').values(lines).execute();
    await db
      .insertInto('audit_log')
      .values({
        id: newId(),
        at: new Date(base).toISOString(),
        actor_user_id: colleague.id,
        action: 'organisations.invitation_sent',
        subject_type: 'organisation',
        subject_id: other.id,
        details: JSON.stringify({ email: 'elsewhere@example.be', role: 'member' }),
      })
      .execute();

    const client = await signedInClient(t(), admin);
    const first = await client.get(`/en/organisations/${org.id}/history`);
    assert.equal(first.status, 200);
    const emails = (html: string) => [...html.matchAll(/Invited (person\d+)@example\.be/g)].map((m) => m[1]!);
    const page1 = emails(first.body);
    assert.equal(page1.length, HISTORY_PAGE_SIZE);
    assert.deepEqual(
      page1.slice(0, 2).sort(),
      ['person29', 'person30'],
      'the newest come first (two at the same moment)',
    );
    assert.equal(page1[2], 'person28');
    assert.match(first.body, /Invited person29@example\.be as an administrator\./);
    assert.match(first.body, /Invited person28@example\.be as a member\./);
    assert.match(first.body, /Hanne Historiek/);
    assert.match(first.body, /1 March 2025 at 10:\d\d/, 'Belgian time, in words');
    assert.doesNotMatch(first.body, /First page/);

    const next = first.body.match(/href="([^"]+\?from=[^"]+)" rel="next"/);
    assert.ok(next, 'a next-page link');
    const second = await client.get(next[1]!.replace(/&amp;/g, '&'));
    const page2 = emails(second.body);
    assert.equal(page2.length, 31 - HISTORY_PAGE_SIZE);
    assert.match(second.body, /First page/);
    assert.doesNotMatch(second.body, /rel="next"/);
    assert.deepEqual([...page1, ...page2].sort(), lines.map((_, i) => `person${i}`).sort(), 'every line once');
    assert.doesNotMatch(first.body + second.body, /elsewhere@example\.be/);

    const garbage = await client.get(`/en/organisations/${org.id}/history?from=not-a-cursor`);
    assert.equal(garbage.status, 200, 'a broken cursor shows the first page');
  });

  test('real changes read as sentences with the names of the people involved', async () => {
    const { db } = t();
    const admin = await createUser(db, { name: 'Els Eerst' });
    const colleague = await createUser(db, { name: 'Piet Tweede' });
    const org = await createOrganisation(db, {
      members: [
        { user: admin, role: 'admin' },
        { user: colleague, role: 'member' },
      ],
    });
    const client = await signedInClient(t(), admin);
    const member = `/nl/organisations/${org.id}/members/${colleague.id}`;
    assert.equal((await client.submit(member, { role: 'admin' }, `${member}/role`)).status, 303);
    const history = await client.get(`/nl/organisations/${org.id}/history`);
    assert.match(history.body, /Wijzigde de rol van Piet Tweede van lid naar beheerder\./);
    assert.match(history.body, /Els Eerst/);
  });
});
