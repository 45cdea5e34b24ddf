import type { Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../platform/db/schema.ts';
import { formatters } from '../../platform/i18n/format.ts';
import { isLang, translator, type Lang } from '../../platform/i18n/i18n.ts';
import { enqueue, type JobHandler } from '../../platform/jobs/queue.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import { mailHandler, type Mail } from '../../platform/mail/mailer.ts';
import { contactsOf } from '../accounts/service.ts';
import { wanting } from '../following/service.ts';
import { administratorsOf, organisationRefs } from '../organisations/service-registration.ts';
import { statusLines, type CycleRow } from './repository-cycles.ts';
import type { ReportingStatus } from './status.ts';

// Reminders to report (ADR 0033). They go to the administrators of every organisation that has
// not submitted (not started, in progress, late), as a digest: one mail per person and day,
// listing all their organisations concerned, in their own language, unless they switched
// reminders off in their notification settings. The daily job and the secretariat's "send
// reminders now" both call `queueReminders`. It runs in the caller's transaction, which has no
// settings (the site's address), so it queues one job per person and the job writes the mail.

/** The switchable mail kind (following/declarations.ts): `feature-what`, never renamed. */
export const REMINDER_KIND = 'reports-reminders';
export const REMINDER_QUEUE = 'reports-reminder';

/** The statuses that are reminded: those that have not submitted, while they still can. */
export const REMINDED: readonly ReportingStatus[] = ['notStarted', 'inProgress', 'late'];

const BATCH = 500;

interface ReminderItem {
  orgId: string;
  orgName: string;
  year: number;
  status: ReportingStatus;
  dueOn: string;
  graceUntil: string;
}

interface ReminderJob {
  to: { email: string; locale: string; name: string };
  items: ReminderItem[];
}

/** Everyone to remind for these cycles, by person, each with their organisations concerned. */
async function remindedPeople(trx: Transaction<DB>, cycles: readonly CycleRow[]): Promise<Map<string, ReminderItem[]>> {
  const byPerson = new Map<string, ReminderItem[]>();
  for (const cycle of cycles)
    for (const status of REMINDED) {
      let after: string | null = null;
      for (;;) {
        const lines = await statusLines(trx, cycle.year, status, after, BATCH);
        if (lines.length === 0) break;
        const ids = lines.map((l) => l.org_id);
        const [refs, admins] = await Promise.all([organisationRefs(trx, ids), administratorsOf(trx, ids)]);
        const wanted = new Set(await wanting(trx, REMINDER_KIND, [...new Set(admins.map((a) => a.userId))]));
        for (const { orgId, userId } of admins) {
          const ref = refs.get(orgId);
          if (!ref || !wanted.has(userId)) continue;
          const item = {
            orgId,
            orgName: ref.legalName,
            year: cycle.year,
            status,
            dueOn: cycle.due_on,
            graceUntil: cycle.grace_until,
          };
          byPerson.set(userId, [...(byPerson.get(userId) ?? []), item]);
        }
        after = ids[ids.length - 1]!;
        if (lines.length < BATCH) break;
      }
    }
  return byPerson;
}

/** Queues one reminder digest per person for the given cycles; returns how many people it reaches. */
export async function queueReminders(trx: Transaction<DB>, years: readonly number[], _today: string): Promise<number> {
  const cycles = await trx
    .selectFrom('reporting_cycles')
    .selectAll()
    .where('year', 'in', [...years])
    .orderBy('year')
    .execute();
  const byPerson = await remindedPeople(trx, cycles);
  const people = [...byPerson.keys()];
  let sent = 0;
  for (let i = 0; i < people.length; i += BATCH) {
    for (const contact of await contactsOf(trx, people.slice(i, i + BATCH))) {
      const job: ReminderJob = {
        to: { email: contact.email, locale: contact.locale, name: contact.name },
        items: byPerson.get(contact.id) ?? [],
      };
      await enqueue(trx, REMINDER_QUEUE, job);
      sent++;
    }
  }
  return sent;
}

const ITEM_LINE: Partial<Record<ReportingStatus, string>> = {
  notStarted: 'reports.mail.reminder.notStarted',
  inProgress: 'reports.mail.reminder.inProgress',
  late: 'reports.mail.reminder.late',
};

/**
 * The digest in the recipient's language: one paragraph per organisation and year, each with its
 * report's address; with a single organisation, its report is the mail's one action.
 */
export function reminderMail(config: Config, job: ReminderJob): Mail {
  const lang: Lang = isLang(job.to.locale) ? job.to.locale : 'nl';
  const t = translator(lang);
  const fmt = formatters(lang);
  const url = (i: ReminderItem) => `${config.baseUrl}/${lang}/organisations/${i.orgId}/reports/${i.year}`;
  const single = job.items.length === 1 ? job.items[0]! : null;
  const items = job.items.map((i) => {
    const line = t(ITEM_LINE[i.status] ?? 'reports.mail.reminder.notStarted', {
      organisation: i.orgName,
      year: i.year,
      due: fmt.date(i.dueOn),
      grace: fmt.date(i.graceUntil),
    });
    return { raw: single ? line : `${line}\n${url(i)}` };
  });
  return composeMail(job.to.email, lang, {
    subject: 'reports.mail.reminder.subject',
    paragraphs: ['reports.mail.greeting', 'reports.mail.reminder.intro', ...items, 'reports.mail.reminder.settings'],
    action: single ? { label: 'reports.mail.reminder.open', url: url(single) } : undefined,
    values: { name: job.to.name, count: job.items.length, settings: `${config.baseUrl}/${lang}/account/notifications` },
  });
}

export function reminderHandler(config: Config): JobHandler {
  const send = mailHandler(config);
  return async (payload) => send(reminderMail(config, payload as ReminderJob));
}
