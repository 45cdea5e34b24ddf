import { translator } from '../../platform/i18n/i18n.ts';
import type { PersonalDataRequest } from '../accounts/service.ts';
import type { Followable, MailKind } from './declarations.ts';
import { followedBy, kindsFor, mailSettingsOf, type FollowedItem } from './service.ts';
import type { FollowRow } from './repository.ts';

// Following's part of a person's "Download my data" file (accounts/declarations.ts): what they
// follow and since when, and their notification settings as their settings page shows them.

/** One followed thing: its kind and id as stored; its title and page while the person may still see it. */
export interface FollowExport {
  kind: string;
  kindName: string;
  id: string;
  since: string;
  title: string | null;
  path: string | null;
}

export interface NotificationSettingsExport {
  /** News of what they follow: 'instant' (at once), 'weekly' (in the digest) or 'off'. */
  news: string;
  /** Each mail kind their settings page shows them: on or off as chosen, or always sent. */
  mails: { kind: string; name: string; choice: 'on' | 'off' | 'always' }[];
}

export async function personalData({ db, person, lang, features }: PersonalDataRequest): Promise<{
  follows: FollowExport[];
  notificationSettings: NotificationSettingsExport;
}> {
  const t = translator(lang);
  const followables: Followable[] = features.flatMap((f) => f.followables ?? []);
  const mailKinds: MailKind[] = features.flatMap((f) => f.mailKinds ?? []);
  // Every follow, a page at a time, in the order the person's list shows them (newest first).
  const items: FollowedItem[] = [];
  let after: FollowRow | null = null;
  do {
    const page: { items: FollowedItem[]; next: FollowRow | null } = await followedBy(
      db,
      followables,
      person,
      lang,
      after,
    );
    items.push(...page.items);
    after = page.next;
  } while (after);
  const settings = await mailSettingsOf(db, person.userId);
  return {
    follows: items.map((i) => ({
      kind: i.kind,
      kindName: t(i.label),
      id: i.id,
      since: i.since,
      title: i.view?.title ?? null,
      path: i.view ? `/${lang}${i.view.path}` : null,
    })),
    notificationSettings: {
      news: settings.news,
      mails: kindsFor(mailKinds, person).map((k) => ({
        kind: k.key,
        name: t(k.label),
        choice: k.always ? 'always' : settings.off.has(k.key) ? 'off' : 'on',
      })),
    },
  };
}
