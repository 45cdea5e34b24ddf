import { z } from 'zod';
import { email, optionalText, text } from '../../../../platform/http/fields.ts';

export const NAME_MAX = 120;
export const ROLE_MAX = 120;

/** The executive an administrator asks to sign. */
export const executiveSchema = z.object({
  name: text(NAME_MAX),
  email: email(),
  role: optionalText(ROLE_MAX),
});

/** The executive's signature: the name they type, their explicit yes, and the hash of the text shown. */
export const signSchema = z.object({
  signedName: text(NAME_MAX),
  commit: z.literal('yes', { error: 'reports.statement.error.commit' }),
  textHash: z.string({ error: 'reports.statement.error.textChanged' }).regex(/^[a-f0-9]{64}$/, 'reports.statement.error.textChanged'),
});
