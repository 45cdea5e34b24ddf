import type { TestApp } from '../../../test/support/harness.ts';
import type { ExchangeDeps } from './deps.ts';
import { createPost, type PostFields } from './service-writing.ts';
import { addDays, today } from './vocabulary.ts';

// Helpers for the exchange's tests (and other features' tests that need a post).

export const depsOf = (t: TestApp): ExchangeDeps => ({ db: t.db, dialect: t.dialect, config: t.config });

/** A complete post as the checked form gives it; `over` changes what a test cares about. */
export function validPost(over: Partial<PostFields> = {}): PostFields {
  return {
    kind: 'offer',
    language: 'nl',
    topic: 'devices',
    cause: 'access',
    region: ['brussels'],
    title: 'Vijftig opgeknapte laptops',
    description: 'We schenken vijftig opgeknapte laptops aan organisaties die ze uitlenen aan gezinnen.',
    expires: addDays(today(), 30),
    ...over,
  };
}

export async function postFor(
  t: TestApp,
  userId: string,
  orgId: string,
  over: Partial<PostFields> = {},
): Promise<string> {
  const out = await createPost(depsOf(t), userId, orgId, validPost(over));
  if (!out.ok) throw new Error(`createPost refused: ${out.error}`);
  return out.value.id;
}

/** Moves a post's expiry day into the past, as time would. */
export async function expire(t: TestApp, postId: string): Promise<void> {
  await t.db
    .updateTable('exchange_posts')
    .set({ expires_on: addDays(today(), -1) })
    .where('id', '=', postId)
    .execute();
}
