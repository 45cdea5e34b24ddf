import { z } from 'zod';
import { email, text } from '../../../../platform/http/fields.ts';
import { newPassword } from '../../password-policy.ts';

export const NAME_MAX = 120;

export const signUpSchema = z
  .object({ name: text(NAME_MAX), email: email(), password: newPassword() })
  .refine((d) => d.password.trim().toLowerCase() !== d.email, {
    message: 'accounts.error.passwordIsEmail',
    path: ['password'],
  });

export type SignUpInput = z.output<typeof signUpSchema>;
