import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import { clearRateLimits, createUser, localPath } from '../support/accounts.ts';
import { enqueue, runOneJob, SPENT_PAYLOAD } from '../../src/platform/jobs/queue.ts';
import { housekeeping } from '../../src/platform/jobs/housekeeping.ts';
import { composeMail } from '../../src/platform/mail/compose.ts';
import { MAIL_QUEUE, queueMail } from '../../src/platform/mail/mailer.ts';

// One-time links are stored hashed; the only plain copy is the mail that carries them. Once
// the mail is sent, or has finally failed, the jobs table must not hold it any more.

describeEachEngine('no one-time link at rest in the mail queue', (t) => {
  const everyPayload = async () =>
    (await t().db.selectFrom('jobs').select(['payload', 'last_error', 'status']).execute())
      .map((j) => `${j.status} ${j.payload} ${j.last_error ?? ''}`)
      .join('\n');

  test('a reset link is in the queue until the mail is sent, and gone after', async () => {
    await clearRateLimits(t().db);
    const user = await createUser(t().db, { email: 'forgetful@example.be' });
    const client = t().client();
    const res = await client.submit('/en/forgot-password', { email: user.email });
    assert.equal(res.status, 303);
    const queued = await everyPayload();
    const mail = (await t().mails()).find((m) => m.to.includes(user.email));
    assert.ok(mail, 'the reset mail was sent');
    const link = mail.links.find((l) => l.includes('/reset-password/'));
    assert.ok(link, 'the mail holds the reset link');
    const token = localPath(link).split('/').pop()!;
    assert.ok(queued.includes(token), 'before sending, the queue holds the link (so this test can see it)');
    const after = await everyPayload();
    assert.ok(!after.includes(token), 'after sending, no row holds the token');
    assert.ok(!after.includes('reset-password'), 'nor the link');
    const job = await t().db.selectFrom('jobs').select(['status', 'payload']).where('queue', '=', MAIL_QUEUE).execute();
    assert.ok(job.length > 0 && job.every((j) => j.status === 'done' && j.payload === SPENT_PAYLOAD));
  });

  test('a mail that finally failed keeps no link either; one still being retried does', async () => {
    const { db, dialect } = t();
    const token = 'Zq'.repeat(22);
    await queueMail(
      db,
      composeMail('nobody@example.be', 'en', {
        subject: 'error.server.title',
        paragraphs: [],
        action: { label: 'error.home', url: `http://localhost:3000/en/reset-password/${token}` },
      }),
    );
    const failing = { [MAIL_QUEUE]: async () => Promise.reject(new Error('550 mailbox unavailable')) };
    assert.equal(await runOneJob(db, dialect, failing), true);
    const retrying = await db.selectFrom('jobs').selectAll().where('payload', 'like', `%${token}%`).executeTakeFirstOrThrow();
    assert.equal(retrying.status, 'pending', 'a retry needs the mail');
    await db
      .updateTable('jobs')
      .set({ attempts: retrying.max_attempts - 1, run_at: new Date(0).toISOString() })
      .where('id', '=', retrying.id)
      .execute();
    assert.equal(await runOneJob(db, dialect, failing), true);
    const failed = await db.selectFrom('jobs').selectAll().where('id', '=', retrying.id).executeTakeFirstOrThrow();
    assert.equal(failed.status, 'failed');
    assert.equal(failed.payload, SPENT_PAYLOAD);
    assert.ok(!(await everyPayload()).includes(token));
  });

  test('housekeeping empties finished jobs left from before, and leaves waiting ones alone', async () => {
    const { db } = t();
    const old = await enqueue(db, MAIL_QUEUE, { text: 'old link /en/invitations/abc' });
    const waiting = await enqueue(db, MAIL_QUEUE, { text: 'waiting link /en/invitations/def' });
    await db.updateTable('jobs').set({ status: 'failed', finished_at: new Date().toISOString() }).where('id', '=', old).execute();
    await housekeeping(db, t().registry, t().config);
    const rows = await db.selectFrom('jobs').select(['id', 'payload']).where('id', 'in', [old, waiting]).execute();
    const payload = Object.fromEntries(rows.map((r) => [r.id, r.payload]));
    assert.equal(payload[old], SPENT_PAYLOAD);
    assert.match(payload[waiting]!, /invitations\/def/);
  });
});
