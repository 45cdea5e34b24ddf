import { z } from 'zod';
import { newPassword } from '../../password-policy.ts';

export const resetPasswordSchema = z.object({ new_password: newPassword() });
