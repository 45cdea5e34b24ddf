import { z } from 'zod';
import { currentPassword } from '../../password-policy.ts';

export const closeAccountSchema = z.object({ current_password: currentPassword() });
