import { z } from 'zod';
import { email } from '../../../../platform/http/fields.ts';
import { currentPassword } from '../../password-policy.ts';

export const signInSchema = z.object({ email: email(), password: currentPassword() });
