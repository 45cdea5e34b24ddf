import { z } from 'zod';
import { email } from '../../../../platform/http/fields.ts';

export const forgotPasswordSchema = z.object({ email: email() });
