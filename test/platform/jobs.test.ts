import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import { backoffMs, enqueue, runDueJobs, runOneJob } from '../../src/platform/jobs/queue.ts';
import { composeMail } from '../../src/platform/mail/compose.ts';
import { queueMail } from '../../src/platform/mail/mailer.ts';
import { housekeeping } from '../../src/platform/jobs/housekeeping.ts';
import { createSession } from '../../src/features/accounts/sessions.ts';
import { hashToken } from '../../src/platform/auth/tokens.ts';
import { createUser } from '../support/accounts.ts';

describeEachEngine('job queue and mail', (t) => {
  test('a failing job is retried later with back-off, then succeeds', async () => {
    const { db, dialect } = t();
    let calls = 0;
    const handlers = {
      flaky: async () => {
        calls++;
        if (calls === 1) throw new Error('SMTP down');
      },
    };
    const id = await enqueue(db, 'flaky', { n: 1 });
    assert.equal(await runOneJob(db, dialect, handlers), true);
    let job = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.status, 'pending');
    assert.equal(job.last_error, 'SMTP down');
    assert.ok(job.run_at > new Date().toISOString(), 'retry is scheduled in the future');
    // Not due yet: nothing runs.
    assert.equal(await runDueJobs(db, dialect, handlers), 0);
    await db.updateTable('jobs').set({ run_at: new Date(0).toISOString() }).where('id', '=', id).execute();
    assert.equal(await runDueJobs(db, dialect, handlers), 1);
    job = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.status, 'done');
    assert.equal(job.attempts, 2);
  });

  test('a job whose worker died is picked up again once its lock expires', async () => {
    const { db, dialect } = t();
    const id = await enqueue(db, 'once', {});
    await db.updateTable('jobs').set({ status: 'running', locked_until: new Date(Date.now() - 1000).toISOString() }).where('id', '=', id).execute();
    let ran = 0;
    await runDueJobs(db, dialect, { once: async () => void ran++ });
    assert.equal(ran, 1);
  });

  test('a job gives up after its last attempt', async () => {
    const { db, dialect } = t();
    const id = await enqueue(db, 'broken', {});
    await db.updateTable('jobs').set({ attempts: 7 }).where('id', '=', id).execute();
    await runOneJob(db, dialect, { broken: async () => Promise.reject(new Error('no')) });
    const job = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.status, 'failed');
  });

  test('back-off grows and is capped', () => {
    assert.equal(backoffMs(1), 30_000);
    assert.equal(backoffMs(2), 60_000);
    assert.equal(backoffMs(30), 6 * 3600_000);
  });

  test('mail is written to the outbox in the recipient language, text and HTML, markup escaped', async () => {
    const mail = composeMail('ana@example.be', 'fr', {
      subject: 'error.server.title',
      paragraphs: [{ raw: 'Bonjour <b>Ana</b>' }],
      action: { label: 'error.home', url: 'http://localhost:3000/fr' },
    });
    await queueMail(t().db, mail);
    const sent = (await t().mails()).find((m) => m.to === 'ana@example.be');
    assert.ok(sent);
    assert.equal(sent.subject, 'Un problème est survenu');
    assert.match(sent.text, /Bonjour <b>Ana<\/b>/);
    assert.match(sent.html, /Bonjour &lt;b&gt;Ana&lt;\/b&gt;/);
    assert.deepEqual(sent.links, ['http://localhost:3000/fr']);
  });
});

describeEachEngine('housekeeping', (t) => {
  test('forgets ended sessions and old finished jobs, keeps live ones', async () => {
    const { db } = t();
    const user = await createUser(db);
    const live = await createSession(db, user.id);
    const ended = await createSession(db, user.id);
    await db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id_hash', '=', hashToken(ended)).execute();
    const oldJob = await enqueue(db, 'x', {});
    await db.updateTable('jobs').set({ status: 'done', finished_at: new Date(Date.now() - 40 * 86_400_000).toISOString() }).where('id', '=', oldJob).execute();
    await db.insertInto('audit_log').values([
      { id: 'audit-old', at: new Date(Date.now() - 6 * 365 * 86_400_000).toISOString(), actor_user_id: null, action: 'x', subject_type: 'x', subject_id: 'x', details: '{}' },
      { id: 'audit-new', at: new Date(Date.now() - 4 * 365 * 86_400_000).toISOString(), actor_user_id: null, action: 'x', subject_type: 'x', subject_id: 'x', details: '{}' },
    ]).execute();
    await housekeeping(db, t().registry, t().config);
    const audits = await db.selectFrom('audit_log').select('id').where('id', 'in', ['audit-old', 'audit-new']).execute();
    assert.deepEqual(audits.map((a) => a.id), ['audit-new'], 'audit lines are kept five years');
    const sessions = await db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    assert.deepEqual(sessions.map((s) => s.id_hash), [hashToken(live)]);
    assert.equal(await db.selectFrom('jobs').select('id').where('id', '=', oldJob).executeTakeFirst(), undefined);
  });
});
