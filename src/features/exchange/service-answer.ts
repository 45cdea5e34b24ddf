import { audit } from '../../platform/audit/audit.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { contactsOf } from '../accounts/service.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import type { ExchangeDeps, Outcome } from './deps.ts';
import { answerMail } from './mails.ts';
import * as repo from './repository.ts';
import { stateOf } from './service-public.ts';
import type { Kind } from './vocabulary.ts';

// "Answer": a message relayed by mail to the posting organisation's administrators, whose
// addresses stay private. A public form that makes the platform send mail, so it is limited per
// client and per post. The message lives only in the mail job's payload (the queue empties it
// once sent); the database keeps that an answer went out, and whether an address was shared.

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Per client address: enough for a person answering a few posts, not for a mail cannon. */
export const ANSWERS_PER_CLIENT_HOUR = 5;
/** Per post: its organisation's administrators should not get more than this a day. */
export const ANSWERS_PER_POST_DAY = 30;

export interface Sender {
  userId: string | null;
  /** The keyed hash of the client's address (platform/http/client-address.ts). */
  clientKey: string;
}

export interface AnswerFields {
  name: string;
  /** Given only to be shared (the form asks for it when `share` is ticked). */
  email?: string | undefined;
  organisation?: string | undefined;
  message: string;
  share: boolean;
}

/** The longer wait of the two limits, or null when both allow this answer (both count it). */
async function waitFor(deps: ExchangeDeps, sender: Sender, postId: string): Promise<number | null> {
  const client = await consume(deps.db, `exchange:answer:client:${sender.clientKey}`, ANSWERS_PER_CLIENT_HOUR, HOUR);
  const post = await consume(deps.db, `exchange:answer:post:${postId}`, ANSWERS_PER_POST_DAY, DAY);
  const waits = [client, post].filter((r) => !r.allowed).map((r) => r.retryAfter);
  return waits.length ? Math.max(...waits) : null;
}

export async function answerPost(
  deps: ExchangeDeps,
  postId: string,
  sender: Sender,
  fields: AnswerFields,
): Promise<Outcome<null>> {
  const { db, config } = deps;
  const post = await repo.postById(db, postId);
  // Only a post in the list can be answered: a closed, expired or hidden one says so on its page.
  if (!post || stateOf(post) !== 'open') return fail('notFound');
  const wait = await waitFor(deps, sender, postId);
  if (wait !== null) {
    return {
      ok: false,
      errors: { _form: 'exchange.answer.error.tooMany' },
      values: { seconds: wait, minutes: Math.ceil(wait / 60) },
      error: 'tooMany',
    };
  }
  return db.transaction().execute(async (trx) => {
    const admins = await contactsOf(trx, await adminUserIds(trx, post.org_id));
    const relayed = {
      postId,
      title: post.title,
      kind: post.kind as Kind,
      senderName: fields.name,
      senderOrganisation: fields.organisation ?? null,
      senderEmail: fields.share ? (fields.email ?? null) : null,
      message: fields.message,
    };
    for (const admin of admins) await queueMail(trx, answerMail(config, admin, relayed));
    const id = newId();
    await trx
      .updateTable('exchange_posts')
      .set((eb) => ({ answer_count: eb('answer_count', '+', 1) }))
      .where('id', '=', postId)
      .execute();
    await trx
      .insertInto('exchange_answers')
      .values({
        id,
        post_id: postId,
        user_id: sender.userId,
        shared_address: fields.share ? 1 : 0,
        created_at: now(),
      })
      .execute();
    // Never the message, the sender's name or address: that an answer went out, to how many.
    await audit(trx, {
      actor: sender.userId,
      action: 'exchange.answered',
      subjectType: 'exchange_post',
      subjectId: postId,
      details: { answer: id, recipients: admins.length, sharedAddress: fields.share },
    });
    return ok(null);
  });
}
