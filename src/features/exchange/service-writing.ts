import { audit } from '../../platform/audit/audit.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { fail, ok } from '../../platform/outcome.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { isMemberOfSignatory, type ExchangeDeps, type Outcome } from './deps.ts';
import * as repo from './repository.ts';
import { indexPosts, syncPosts } from './search-index.ts';
import { toRegionBits, type Cause, type Kind, type Region, type Topic } from './vocabulary.ts';

// The posting organisation's side: post, edit, close early, renew. Any member of a signatory
// may do each for its organisation's posts; each change is audited in its transaction.

export interface PostFields {
  kind: Kind;
  /** The language it is written in, as its author chose it. */
  language: Lang;
  topic: Topic;
  cause: Cause;
  region: Region[];
  title: string;
  description: string;
  /** YYYY-MM-DD, checked by the form (after today, at most a year ahead). */
  expires: string;
}

const columnsOf = (f: PostFields) => ({
  kind: f.kind,
  lang: f.language,
  topic: f.topic,
  cause: f.cause,
  region_bits: toRegionBits(f.region),
  title: f.title,
  description: f.description,
  expires_on: f.expires,
});

/** Listed when open and not hidden (expiry days are checked by the forms, and by housekeeping): the one rule, for every write. */
const listedFor = (status: repo.PostRow['status'], hiddenAt: string | null) => (status === 'open' && !hiddenAt ? 1 : 0);

export async function createPost(
  deps: ExchangeDeps,
  userId: string,
  orgId: string,
  fields: PostFields,
): Promise<Outcome<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await isMemberOfSignatory(trx, orgId, userId))) return fail('forbidden');
    const at = now();
    const row: repo.PostRow = {
      id: newId(),
      org_id: orgId,
      author_user_id: userId,
      ...columnsOf(fields),
      ...repo.openState(at),
    };
    await repo.insertPost(trx, row);
    await indexPosts(trx, [row]);
    await audit(trx, {
      actor: userId,
      action: 'exchange.posted',
      subjectType: 'exchange_post',
      subjectId: row.id,
      details: {
        org: orgId,
        kind: fields.kind,
        lang: fields.language,
        topic: fields.topic,
        cause: fields.cause,
        expires: fields.expires,
      },
    });
    return ok({ id: row.id });
  });
}

/** The post of this organisation, locked, if the person may change it now. */
async function ownPost(
  deps: ExchangeDeps,
  trx: Parameters<typeof isMemberOfSignatory>[0],
  userId: string,
  orgId: string,
  postId: string,
) {
  const post = await repo.lockPost(trx, deps.dialect === 'postgres', postId);
  if (!post || post.org_id !== orgId) return fail('notFound');
  if (!(await isMemberOfSignatory(trx, orgId, userId))) return fail('forbidden');
  return ok(post);
}

export async function editPost(
  deps: ExchangeDeps,
  userId: string,
  orgId: string,
  postId: string,
  fields: PostFields,
): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await ownPost(deps, trx, userId, orgId, postId);
    if (!found.ok) return found;
    const changes = columnsOf(fields);
    // The new expiry day may bring back an expired post that housekeeping unlisted.
    const listed = listedFor(found.value.status, found.value.hidden_at);
    await repo.updatePost(trx, postId, { ...changes, listed, updated_at: now() });
    await syncPosts(trx, [postId]);
    const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => changes[k] !== found.value[k]);
    await audit(trx, {
      actor: userId,
      action: 'exchange.edited',
      subjectType: 'exchange_post',
      subjectId: postId,
      details: { changed },
    });
    return ok(null);
  });
}

/** Ends the post before its expiry: it leaves the list at once; its page says it is closed. */
export async function closePost(
  deps: ExchangeDeps,
  userId: string,
  orgId: string,
  postId: string,
): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await ownPost(deps, trx, userId, orgId, postId);
    if (!found.ok) return found;
    if (found.value.status === 'closed') return ok(null);
    const at = now();
    await repo.updatePost(trx, postId, { status: 'closed', listed: 0, closed_at: at, updated_at: at });
    await syncPosts(trx, [postId]);
    await audit(trx, { actor: userId, action: 'exchange.closed', subjectType: 'exchange_post', subjectId: postId });
    return ok(null);
  });
}

/** A new expiry day; a closed or expired post is open and listed again (unless the secretariat hid it). */
export async function renewPost(
  deps: ExchangeDeps,
  userId: string,
  orgId: string,
  postId: string,
  expires: string,
): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await ownPost(deps, trx, userId, orgId, postId);
    if (!found.ok) return found;
    await repo.updatePost(trx, postId, {
      expires_on: expires,
      status: 'open',
      listed: listedFor('open', found.value.hidden_at),
      closed_at: null,
      updated_at: now(),
    });
    await syncPosts(trx, [postId]);
    await audit(trx, {
      actor: userId,
      action: 'exchange.renewed',
      subjectType: 'exchange_post',
      subjectId: postId,
      details: { from: found.value.expires_on, to: expires, reopened: found.value.status === 'closed' },
    });
    return ok(null);
  });
}

export { listedFor };
