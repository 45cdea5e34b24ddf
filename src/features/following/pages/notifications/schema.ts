import { z } from 'zod';
import { choice, choices } from '../../../../platform/http/fields.ts';
import { NEWS_CHOICES } from '../../service.ts';

/**
 * The settings form: news of what one follows (at once, weekly, never) and, ticked, the
 * switchable kinds of mail this person is shown. Built per person: the kinds differ.
 */
export function settingsSchema(switchable: readonly string[]) {
  const [first, ...rest] = switchable;
  return z.object({
    news: choice(NEWS_CHOICES),
    mails: first === undefined ? z.unknown().optional().transform((): string[] => []) : choices([first, ...rest]),
  });
}
