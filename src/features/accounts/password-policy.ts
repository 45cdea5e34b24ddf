import { z } from 'zod';
import { passwordProblem } from './password-strength.ts';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** 12 to 200 characters, never trimmed; strength is checked separately (it needs the person's own words). */
function passwordLength() {
  return z
    .string({ error: 'form.error.required' })
    .min(1, 'form.error.required')
    .min(PASSWORD_MIN, 'accounts.error.passwordTooShort')
    .max(PASSWORD_MAX, 'accounts.error.passwordTooLong');
}

/**
 * A password someone chooses now: long enough and hard to guess (password-strength.ts). Where
 * the form also asks the name and address, use `newPasswordWithInputs` on the whole schema
 * instead, so a password made of them is refused too; services that know the person
 * (change, reset) check again with `passwordProblem(password, [name, email])`.
 */
export function newPassword() {
  return passwordLength().superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** Only the length: for a schema that checks strength with `strongPassword` below. */
export function newPasswordLength() {
  return passwordLength();
}

/**
 * A whole-form check: the password in `field` must be strong, counting the form's other
 * fields `inputs` (name, e-mail address) as easy guesses.
 */
export function strongPassword<T extends Record<string, unknown>>(
  field: keyof T & string,
  inputs: (keyof T & string)[],
) {
  return (data: T, ctx: z.RefinementCtx) => {
    const password = data[field];
    if (typeof password !== 'string') return;
    const problem = passwordProblem(
      password,
      inputs.map((k) => String(data[k] ?? '')),
    );
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [field] });
  };
}

/** A password someone types to prove who they are: only required, and bounded. */
export function currentPassword() {
  return z.string({ error: 'form.error.required' }).min(1, 'form.error.required').max(1000);
}
