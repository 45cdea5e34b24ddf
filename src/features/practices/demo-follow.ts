import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contactsByEmail } from '../accounts/service.ts';
import { follow, NEWS_KIND, setMailChoice } from '../following/service.ts';
import { announcePracticeNews } from './service-follow.ts';
import { DEMO_MEMBER } from './demo-writing.ts';

/**
 * The demo member follows the first published practice and takes its news weekly: the
 * notification settings list it, a week's news waits for the digest, and the page sweep opens
 * its following page (following/demo.ts reads the follow).
 */
export async function demoFollows(db: Kysely<DB>): Promise<void> {
  const [member] = await contactsByEmail(db, [DEMO_MEMBER]);
  const practice = await db
    .selectFrom('practices')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('published_at')
    .orderBy('id')
    .executeTakeFirst();
  if (!member || !practice) return;
  await follow(db, member.id, 'practice', practice.id);
  await setMailChoice(db, member.id, NEWS_KIND, 'weekly');
  await db.transaction().execute((trx) => announcePracticeNews(trx, practice.id, 'revised', { actor: null }));
}
