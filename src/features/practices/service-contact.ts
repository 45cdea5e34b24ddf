import { audit } from '../../platform/audit/audit.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { ok, type Outcome } from '../../platform/outcome.ts';
import { contactsOf } from '../accounts/service.ts';
import { wanting } from '../following/service.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import { addToCount } from './derived.ts';
import { questionedMail, relayedQuestionMail } from './mails-contact.ts';
import type { PracticeDeps } from './outcome.ts';
import * as repo from './repository.ts';

// What readers send about a published practice: a question, relayed by mail to its contact
// person (whose address is never shown), and a problem report for the secretariat. Both are
// public forms that make the platform send mail or work, so both are rate-limited per client
// and per practice. A question's message lives only in the mail job's payload, which the
// queue empties once the mail is sent; the database keeps that a question was asked.

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Per client address: enough for a real person, not for a mail cannon. */
export const QUESTIONS_PER_CLIENT_HOUR = 5;
/** Per practice: a contact person should not get more than this a day, whoever asks. */
export const QUESTIONS_PER_PRACTICE_DAY = 20;
export const REPORTS_PER_CLIENT_HOUR = 5;
export const REPORTS_PER_PRACTICE_DAY = 30;

export const REPORT_REASONS = ['inaccurate', 'outdated', 'broken_link', 'offensive', 'personal_data', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABEL: Record<ReportReason, string> = {
  inaccurate: 'practices.report.reason.inaccurate',
  outdated: 'practices.report.reason.outdated',
  broken_link: 'practices.report.reason.broken_link',
  offensive: 'practices.report.reason.offensive',
  personal_data: 'practices.report.reason.personal_data',
  other: 'practices.report.reason.other',
};

/** `tooMany` carries the seconds to wait in `values.seconds` (the route's Retry-After). */
export type ContactReason = 'notFound' | 'tooMany';

export interface Asker {
  userId: string | null;
  /** The keyed hash of the client's address (platform/http/client-address.ts). */
  clientKey: string;
}

export interface QuestionInput {
  name: string;
  /** Given only to be shared (the form asks for it when `shareAddress` is ticked). */
  email?: string | undefined;
  message: string;
  shareAddress: boolean;
}

/** Both limits are counted on each attempt; the longer wait is the one to tell. */
async function limited(
  db: PracticeDeps['db'],
  checks: readonly [key: string, max: number, windowMs: number][],
): Promise<number | null> {
  let wait: number | null = null;
  for (const [key, max, windowMs] of checks) {
    const r = await consume(db, key, max, windowMs);
    if (!r.allowed) wait = Math.max(wait ?? 0, r.retryAfter);
  }
  return wait;
}

const tooMany = (seconds: number, key: string) => ({
  ok: false as const,
  errors: { _form: key },
  values: { seconds, minutes: Math.ceil(seconds / 60) },
  error: 'tooMany' as const,
});

async function publishedBySlug(db: PracticeDeps['db'], slug: string) {
  const p = await repo.practiceBySlug(db, slug);
  return p && p.status === 'published' && p.published_revision_id ? p : null;
}

/** Relays a reader's question to the practice's contact person and tells the organisation's admins. */
export async function askQuestion(
  deps: PracticeDeps,
  slug: string,
  asker: Asker,
  input: QuestionInput,
): Promise<Outcome<null, ContactReason>> {
  const { db, config } = deps;
  const p = await publishedBySlug(db, slug);
  if (!p) return { ok: false, errors: {}, error: 'notFound' };
  const wait = await limited(db, [
    [`practices:ask:client:${asker.clientKey}`, QUESTIONS_PER_CLIENT_HOUR, HOUR],
    [`practices:ask:practice:${p.id}`, QUESTIONS_PER_PRACTICE_DAY, DAY],
  ]);
  if (wait !== null) return tooMany(wait, 'practices.ask.error.tooMany');
  return db.transaction().execute(async (trx) => {
    const rev = await repo.revisionById(trx, p.published_revision_id!);
    const texts = await repo.textsOf(trx, [p.published_revision_id!]);
    if (!rev) return { ok: false, errors: {}, error: 'notFound' as const };
    // The contact person reads it in the practice's original language: the one they wrote in.
    const original = texts.find((x) => x.lang === p.original_lang) ?? texts[0];
    const title = original?.title ?? p.slug;
    const id = newId();
    await trx
      .insertInto('practice_questions')
      .values({
        id,
        practice_id: p.id,
        user_id: asker.userId,
        client_key: asker.clientKey,
        shared_address: input.shareAddress ? 1 : 0,
        created_at: now(),
      })
      .execute();
    await queueMail(
      trx,
      relayedQuestionMail(
        config,
        { email: rev.contact_email, name: rev.contact_name, lang: p.original_lang },
        {
          slug: p.slug,
          title,
          askerName: input.name,
          askerEmail: input.shareAddress ? (input.email ?? null) : null,
          message: input.message,
        },
      ),
    );
    // An admin who is the contact person has the question itself: no notice on top of it.
    const contact = rev.contact_email.trim().toLowerCase();
    // Admins who switched these notices off in their settings do without; the question itself always goes.
    const wanted = await wanting(trx, 'practices-questioned', await adminUserIds(trx, p.org_id));
    const admins = (await contactsOf(trx, wanted)).filter(
      (a) => a.email.trim().toLowerCase() !== contact,
    );
    const sharedBy = input.shareAddress && input.email ? { name: input.name, email: input.email } : null;
    for (const admin of admins) {
      await queueMail(
        trx,
        questionedMail(config, admin, { slug: p.slug, title, contactName: rev.contact_name, asker: sharedBy }),
      );
    }
    // The organisation's history says when readers asked, so a busy practice shows; never what or who.
    await repo.insertEvent(trx, {
      id: newId(),
      practice_id: p.id,
      revision_id: p.published_revision_id,
      at: now(),
      actor_user_id: asker.userId,
      kind: 'questioned',
      comment: null,
    });
    // Never the message, the asker's name or address: that a question went out, and whether an address was shared.
    await audit(trx, {
      actor: asker.userId,
      action: 'practices.questioned',
      subjectType: 'practice',
      subjectId: p.id,
      details: { question: id, sharedAddress: input.shareAddress },
    });
    return ok(null);
  });
}

export interface ReportInput {
  reason: ReportReason;
  details?: string | undefined;
}

/** Stores a reader's report of a problem for the secretariat; the open reports' count moves with it. */
export async function reportProblem(
  deps: PracticeDeps,
  slug: string,
  reporter: Asker,
  input: ReportInput,
): Promise<Outcome<null, ContactReason>> {
  const { db } = deps;
  const p = await publishedBySlug(db, slug);
  if (!p) return { ok: false, errors: {}, error: 'notFound' };
  const wait = await limited(db, [
    [`practices:report:client:${reporter.clientKey}`, REPORTS_PER_CLIENT_HOUR, HOUR],
    [`practices:report:practice:${p.id}`, REPORTS_PER_PRACTICE_DAY, DAY],
  ]);
  if (wait !== null) return tooMany(wait, 'practices.report.error.tooMany');
  await db.transaction().execute(async (trx) => {
    const id = newId();
    await trx
      .insertInto('practice_reports')
      .values({
        id,
        practice_id: p.id,
        reason: input.reason,
        details: input.details ?? null,
        user_id: reporter.userId,
        client_key: reporter.clientKey,
        status: 'open',
        created_at: now(),
        closed_at: null,
        closed_by: null,
      })
      .execute();
    await addToCount(trx, 'reports', 'open', 1);
    await audit(trx, {
      actor: reporter.userId,
      action: 'practices.reported',
      subjectType: 'practice',
      subjectId: p.id,
      details: { report: id, reason: input.reason },
    });
  });
  return ok(null);
}
