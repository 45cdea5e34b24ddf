import { z } from 'zod';
import { text } from '../../../../platform/http/fields.ts';
import { BODY_MAX, SUBJECT_MAX } from '../../service-mail.ts';

// A message to the supporters: a subject on one line (it becomes the mail's subject), and a body.

export const messageSchema = z.object({
  subject: text(SUBJECT_MAX).refine((s) => !s.includes('\n'), 'campaigns.error.subjectLine'),
  body: text(BODY_MAX),
});
