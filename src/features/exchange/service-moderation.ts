import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { contactsOf } from '../accounts/service.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import { hiddenMail } from './mails.ts';
import type { ExchangeDeps, Outcome } from './deps.ts';
import { encodeCursor } from './list-query.ts';
import { viewsOf, type PostView } from './service-public.ts';
import * as repo from './repository.ts';
import { listedFor } from './service-writing.ts';
import { syncPosts } from './search-index.ts';

// The secretariat's moderation: a hidden post leaves the list, the matches, the API and the
// profile; its organisation's administrators get the reason by mail, and its members see it on
// the post's page in their space, so they know what to change.

export async function hidePost(
  deps: ExchangeDeps,
  actor: string,
  postId: string,
  reason: string,
): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, deps.dialect === 'postgres', postId);
    if (!post) return fail('notFound');
    // Hidden already (a second click, two secretaries at once): the first reason and mail stand.
    if (post.hidden_at) return ok(null);
    const at = now();
    await repo.updatePost(trx, postId, {
      hidden_at: at,
      hidden_by: actor,
      hidden_reason: reason,
      listed: 0,
      updated_at: at,
    });
    await syncPosts(trx, [postId]);
    // Its organisation hears of it at once, with the reason: it may not look at its page for weeks.
    for (const admin of await contactsOf(trx, await adminUserIds(trx, post.org_id))) {
      await queueMail(
        trx,
        hiddenMail(deps.config, admin, { id: postId, orgId: post.org_id, title: post.title, reason }),
      );
    }
    await audit(trx, {
      actor,
      action: 'exchange.hidden',
      subjectType: 'exchange_post',
      subjectId: postId,
      details: { org: post.org_id, reason },
    });
    return ok(null);
  });
}

export async function unhidePost(deps: ExchangeDeps, actor: string, postId: string): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, deps.dialect === 'postgres', postId);
    if (!post) return fail('notFound');
    if (!post.hidden_at) return ok(null);
    await repo.updatePost(trx, postId, {
      hidden_at: null,
      hidden_by: null,
      hidden_reason: null,
      listed: listedFor(post.status, null),
      updated_at: now(),
    });
    await syncPosts(trx, [postId]);
    await audit(trx, { actor, action: 'exchange.unhidden', subjectType: 'exchange_post', subjectId: postId });
    return ok(null);
  });
}

const HIDDEN_PAGE = 20;

/** The secretariat's list of what it hid, to review and show again. */
export async function hiddenPage(
  db: repo.Db,
  after: repo.Cursor | null,
): Promise<{ items: PostView[]; next: string | null }> {
  const rows = await repo.hiddenPosts(db, after, HIDDEN_PAGE + 1);
  const page = rows.slice(0, HIDDEN_PAGE);
  const last = page[page.length - 1];
  return {
    items: await viewsOf(db, page),
    next: rows.length > HIDDEN_PAGE && last?.hidden_at ? encodeCursor({ at: last.hidden_at, id: last.id }) : null,
  };
}

/**
 * Housekeeping (about once an hour): posts past their expiry day leave the listed part of the
 * indexes, so that part holds only live posts however many have expired over the years. The
 * public reads check the day too, so a post is never shown after it, even before this runs.
 */
export async function unlistExpired(db: repo.Db, day: string): Promise<number> {
  // The posts that expired since the last run, 500 at a time (many after a long stop).
  let done = 0;
  for (;;) {
    const expired = (
      await db
        .selectFrom('exchange_posts')
        .select('id')
        .where('listed', '=', 1)
        .where('expires_on', '<', day)
        .limit(500)
        .execute()
    ).map((r) => r.id);
    if (expired.length === 0) return done;
    await repo.unlistPosts(db, expired, { listed: 0 });
    await syncPosts(db, expired);
    done += expired.length;
  }
}

/** A withdrawn organisation's open posts close with it (in the withdrawal's transaction). */
export async function closeAllOf(trx: Transaction<DB>, orgId: string): Promise<void> {
  const at = now();
  const open = (
    await trx
      .selectFrom('exchange_posts')
      .select('id')
      .where('org_id', '=', orgId)
      .where('status', '=', 'open')
      .execute()
  ).map((r) => r.id);
  if (open.length === 0) return;
  const closed = await repo.unlistPosts(trx, open, { status: 'closed', listed: 0, closed_at: at, updated_at: at });
  await syncPosts(trx, open);
  if (closed > 0) {
    await audit(trx, {
      actor: null,
      action: 'exchange.closed_on_withdrawal',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { posts: closed },
    });
  }
}
