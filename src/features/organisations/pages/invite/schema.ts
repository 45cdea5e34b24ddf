import { z } from 'zod';
import { choice, email } from '../../../../platform/http/fields.ts';

export const inviteSchema = z.object({
  email: email(),
  role: choice(['admin', 'member'], 'organisations.invite.error.role'),
});
