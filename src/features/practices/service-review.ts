import { audit } from '../../platform/audit/audit.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { Refused } from '../../platform/events.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { contactsOf } from '../accounts/service.ts';
import { wanting } from '../following/service.ts';
import { adminUserIds, organisationProfile, slugFor } from '../organisations/service-registration.ts';
import { lockPractice, roleIn } from './access.ts';
import { addToCount, syncPublished } from './derived.ts';
import { publishedMail, returnedMail } from './mails.ts';
import { announcePracticeNews } from './service-follow.ts';
import { conflict, type Outcome, type PracticeDeps, type Trx } from './outcome.ts';
import * as repo from './repository.ts';
import { toBits } from './vocabulary.ts';
import { isLang } from '../../platform/i18n/i18n.ts';

// The way from a draft to the library: an organisation admin submits the working revision, the
// secretariat publishes it or returns it with a comment; admins archive and unarchive. Each step
// is one transaction that keeps the queue's count, the library's tags and counts and the search
// index in step (derived.ts), writes the history the organisation sees, audits and tells others.

const subject = (id: string) => ({ subjectType: 'practice', subjectId: id });

type Event = repo.PracticeEvent['kind'];

async function history(
  trx: Trx,
  p: repo.Practice,
  revisionId: string | null,
  actor: string | null,
  kind: Event,
  comment: string | null = null,
) {
  await repo.insertEvent(trx, {
    id: newId(),
    practice_id: p.id,
    revision_id: revisionId,
    at: now(),
    actor_user_id: actor,
    kind,
    comment,
  });
}

/** The original text's title of a revision (for mails and lists). */
async function titleOf(trx: Trx, revisionId: string): Promise<string> {
  return (await repo.textsOf(trx, [revisionId]))[0]?.title ?? '';
}

async function mailAdmins(
  trx: Trx,
  orgId: string,
  build: (to: { email: string; locale: string; name: string }) => Parameters<typeof queueMail>[1],
) {
  // Admins who switched these mails off in their notification settings do without.
  const admins = await contactsOf(trx, await wanting(trx, 'practices-review', await adminUserIds(trx, orgId)));
  for (const admin of admins) await queueMail(trx, build(admin));
}

/** An organisation admin sends the working revision to the secretariat. */
export async function submitPractice(
  deps: PracticeDeps,
  userId: string,
  orgId: string,
  practiceId: string,
): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const role = await roleIn(trx, orgId, userId);
    if (!role) return fail('forbidden' as const);
    const p = await lockPractice(trx, deps.dialect, practiceId);
    if (!p || p.org_id !== orgId) return fail('notFound' as const);
    if (role !== 'admin') return fail('forbidden' as const);
    const rev = p.working_revision_id ? await repo.revisionById(trx, p.working_revision_id) : undefined;
    if (!rev || (rev.status !== 'draft' && rev.status !== 'returned'))
      return conflict('practices.error.nothingToSubmit');
    if (rev.draft_data !== null) return conflict('practices.error.unsavedDraft');
    const texts = await repo.textsOf(trx, [rev.id]);
    if (!texts.some((t) => t.is_original) || !rev.contact_email || rev.cause_bits === 0) {
      return conflict('practices.error.incomplete');
    }
    const at = now();
    await repo.setRevisionStatus(trx, rev.id, 'submitted', { submitted_at: at, submitted_by: userId, updated_at: at });
    if (!p.published_revision_id) await repo.updatePractice(trx, p.id, { status: 'submitted', updated_at: at });
    else await repo.updatePractice(trx, p.id, { updated_at: at });
    await addToCount(trx, 'review', 'submitted', 1);
    await history(trx, p, rev.id, userId, 'submitted');
    await audit(trx, {
      actor: userId,
      action: 'practices.submitted',
      ...subject(p.id),
      details: { orgId, revision: rev.number },
    });
    return ok(null);
  });
}

/** The secretariat checks the revision is still waiting and that the reviewer has no stake in it. */
type Waiting = { p: repo.Practice; rev: repo.Revision } | { refusal: Exclude<Outcome<never>, { ok: true }> };

async function submittedRevision(
  trx: Trx,
  deps: PracticeDeps,
  revisionId: string,
  reviewerId: string,
): Promise<Waiting> {
  const rev = await repo.revisionById(trx, revisionId);
  if (!rev) return { refusal: fail('notFound' as const) };
  const p = await lockPractice(trx, deps.dialect, rev.practice_id);
  if (!p) return { refusal: fail('notFound' as const) };
  // Separation of duties: nobody reviews their own organisation's practice.
  if (await roleIn(trx, p.org_id, reviewerId)) return { refusal: fail('forbidden' as const) };
  const current = await repo.revisionById(trx, revisionId);
  if (current?.status !== 'submitted') return { refusal: conflict('practices.error.notWaiting') };
  return { p, rev: current };
}

/** A readable, unique slug from the title, given at the first publication and kept ever after. */
async function freeSlug(trx: Trx, title: string, id: string): Promise<string> {
  const base = slugFor(title).slice(0, 60).replace(/-+$/, '') || 'practice';
  const candidates = [base, `${base}-${id.slice(0, 8).toLowerCase()}`];
  const taken = new Set(
    (await trx.selectFrom('practices').select('slug').where('slug', 'in', candidates).execute()).map((r) => r.slug),
  );
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${id.toLowerCase()}`;
}

/** The secretariat publishes a submitted revision: it replaces the practice's public content. */
export async function publishRevision(
  deps: PracticeDeps,
  reviewerId: string,
  revisionId: string,
): Promise<Outcome<{ practiceId: string }>> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const found = await submittedRevision(trx, deps, revisionId, reviewerId);
      if ('refusal' in found) return found.refusal;
      const { p, rev } = found;
      const at = now();
      const first = p.published_revision_id === null;
      if (p.published_revision_id) await repo.setRevisionStatus(trx, p.published_revision_id, 'superseded');
      await repo.setRevisionStatus(trx, rev.id, 'published', {
        reviewed_at: at,
        reviewed_by: reviewerId,
        updated_at: at,
      });
      const texts = await repo.textsOf(trx, [rev.id]);
      const langs = texts.map((t) => t.lang).filter(isLang);
      const title = texts.find((t) => t.is_original)?.title ?? texts[0]?.title ?? '';
      const org = await organisationProfile(trx, p.org_id);
      await repo.updatePractice(trx, p.id, {
        status: p.status === 'archived' ? 'archived' : 'published',
        published_revision_id: rev.id,
        working_revision_id: null,
        ...repo.tagColumns(repo.tagsOfRow(rev)),
        text_lang_bits: toBits('language', langs),
        sector: org?.sector ?? null,
        period_start: rev.period_start,
        period_end: rev.period_end,
        people_reached: rev.people_reached,
        published_at: p.published_at ?? at,
        slug: p.slug === p.id ? await freeSlug(trx, title, p.id) : p.slug,
        updated_at: at,
      });
      await addToCount(trx, 'review', 'submitted', -1);
      await syncPublished(trx, p.id);
      await history(trx, p, rev.id, reviewerId, 'published');
      await audit(trx, {
        actor: reviewerId,
        action: 'practices.published',
        ...subject(p.id),
        details: { revision: rev.number, first },
      });
      const refusal = await deps.events.emit({ trx, dialect: deps.dialect }, 'practices:published', {
        practiceId: p.id,
        orgId: p.org_id,
        revisionId: rev.id,
        first,
      });
      if (refusal) throw new Refused(refusal);
      await mailAdmins(trx, p.org_id, (to) =>
        publishedMail(deps.config, to, { orgId: p.org_id, practiceId: p.id, title, first }),
      );
      // A new revision is news for the practice's followers (a first publication has none yet).
      if (!first) await announcePracticeNews(trx, p.id, 'revised', { actor: reviewerId });
      return ok({ practiceId: p.id });
    });
  } catch (err) {
    if (err instanceof Refused) return { ok: false, errors: err.refusal.errors, error: 'conflict' as const };
    throw err;
  }
}

/** The secretariat sends a submitted revision back to its organisation with a comment. */
export async function returnRevision(
  deps: PracticeDeps,
  reviewerId: string,
  revisionId: string,
  comment: string,
): Promise<Outcome<{ practiceId: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await submittedRevision(trx, deps, revisionId, reviewerId);
    if ('refusal' in found) return found.refusal;
    const { p, rev } = found;
    const at = now();
    await repo.setRevisionStatus(trx, rev.id, 'returned', {
      reviewed_at: at,
      reviewed_by: reviewerId,
      review_comment: comment,
      updated_at: at,
    });
    if (!p.published_revision_id) await repo.updatePractice(trx, p.id, { status: 'returned', updated_at: at });
    await addToCount(trx, 'review', 'submitted', -1);
    await history(trx, p, rev.id, reviewerId, 'returned', comment);
    await audit(trx, {
      actor: reviewerId,
      action: 'practices.returned',
      ...subject(p.id),
      details: { revision: rev.number },
    });
    await deps.events.emit({ trx, dialect: deps.dialect }, 'practices:returned', {
      practiceId: p.id,
      orgId: p.org_id,
      revisionId: rev.id,
    });
    const title = await titleOf(trx, rev.id);
    await mailAdmins(trx, p.org_id, (to) =>
      returnedMail(deps.config, to, { orgId: p.org_id, practiceId: p.id, title, comment }),
    );
    return ok({ practiceId: p.id });
  });
}

/** An organisation admin takes a published practice out of the library, or puts it back. */
export async function setArchived(
  deps: PracticeDeps,
  userId: string,
  orgId: string,
  practiceId: string,
  archived: boolean,
): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const role = await roleIn(trx, orgId, userId);
    const p = role ? await lockPractice(trx, deps.dialect, practiceId) : undefined;
    if (!role) return fail('forbidden' as const);
    if (!p || p.org_id !== orgId) return fail('notFound' as const);
    if (role !== 'admin') return fail('forbidden' as const);
    if (p.status !== (archived ? 'published' : 'archived')) {
      return conflict(archived ? 'practices.error.notPublished' : 'practices.error.notArchived');
    }
    const at = now();
    await repo.updatePractice(trx, p.id, { status: archived ? 'archived' : 'published', updated_at: at });
    await syncPublished(trx, p.id);
    await history(trx, p, p.published_revision_id, userId, archived ? 'archived' : 'unarchived');
    const line = { actor: userId, ...subject(p.id), details: { orgId } };
    if (archived) await audit(trx, { ...line, action: 'practices.archived' });
    else await audit(trx, { ...line, action: 'practices.unarchived' });
    if (archived)
      await deps.events.emit({ trx, dialect: deps.dialect }, 'practices:unpublished', { practiceId: p.id, orgId });
    else {
      await deps.events.emit({ trx, dialect: deps.dialect }, 'practices:published', {
        practiceId: p.id,
        orgId,
        revisionId: p.published_revision_id!,
        first: false,
      });
    }
    return ok(null);
  });
}

/**
 * An organisation withdrew from the charter: its practices leave the library (archived, so that
 * they could come back if it signs again). Runs in the withdrawal's transaction.
 */
export async function archiveAllOf(trx: Trx, orgId: string): Promise<void> {
  const published = await trx
    .selectFrom('practices')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'published')
    .execute();
  for (const p of published) {
    await repo.updatePractice(trx, p.id, { status: 'archived', updated_at: now() });
    await syncPublished(trx, p.id);
    await history(trx, p, p.published_revision_id, null, 'unpublished');
    await audit(trx, {
      actor: null,
      action: 'practices.unpublished_on_withdrawal',
      ...subject(p.id),
      details: { orgId },
    });
  }
}
