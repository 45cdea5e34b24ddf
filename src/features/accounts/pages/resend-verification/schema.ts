import { z } from 'zod';
import { email } from '../../../../platform/http/fields.ts';

export const resendVerificationSchema = z.object({ email: email() });
