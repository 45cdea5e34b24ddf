import { z } from 'zod';
import { email } from '../../../../platform/http/fields.ts';
import { currentPassword } from '../../password-policy.ts';

export const changeEmailSchema = z.object({ email: email(), current_password: currentPassword() });
