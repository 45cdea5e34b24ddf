import { z } from 'zod';
import { currentPassword, newPassword } from '../../password-policy.ts';

export const changePasswordSchema = z.object({ current_password: currentPassword(), new_password: newPassword() });
