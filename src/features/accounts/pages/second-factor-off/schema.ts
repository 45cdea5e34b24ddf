import { z } from 'zod';
import { currentPassword } from '../../password-policy.ts';
import { codeField } from '../sign-in-code/schema.ts';

export const turnOffSchema = z.object({ current_password: currentPassword(), code: codeField() });
