import { z } from 'zod';
import { email, text } from '../../../../platform/http/fields.ts';
import { newPasswordLength, strongPassword } from '../../password-policy.ts';

export const NAME_MAX = 120;

export const signUpSchema = z
  .object({ name: text(NAME_MAX), email: email(), password: newPasswordLength() })
  .refine((d) => d.password.trim().toLowerCase() !== d.email, {
    message: 'accounts.error.passwordIsEmail',
    path: ['password'],
  })
  // The name and the address are the first things a guesser tries.
  .superRefine(strongPassword('password', ['name', 'email']));

export type SignUpInput = z.output<typeof signUpSchema>;
