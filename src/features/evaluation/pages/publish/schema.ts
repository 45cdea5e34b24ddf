import { z } from 'zod';
import { LANGS, type Lang } from '../../../../platform/i18n/i18n.ts';

/** The longest charter text the form takes (version 1 is about 4,000 characters a language). */
export const BODY_MAX = 30_000;

export const bodyField = (lang: Lang | string) => `body_${lang}`;

/** One text per language, each required: the new version is published in all four. */
export const publishSchema = z.object(
  Object.fromEntries(LANGS.map((lang) => [bodyField(lang), z.string().trim().min(1).max(BODY_MAX)])) as Record<
    `body_${Lang}`,
    z.ZodString
  >,
);
