import { z } from 'zod';
import { LANGS } from '../../../../platform/i18n/i18n.ts';

/** /:lang/charter/versions/:version — a plain positive number; anything else is "not found". */
export const versionParams = z.object({
  version: z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .transform(Number),
});

/** ?text=nl shows the text in another language than the page; a wrong value is ignored. */
export const textQuery = z.object({
  text: z.enum(LANGS).optional().catch(undefined),
});
