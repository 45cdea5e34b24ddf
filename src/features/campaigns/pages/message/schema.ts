import { z } from 'zod';
import { text } from '../../../../platform/http/fields.ts';
import { BODY_MAX, SUBJECT_MAX } from '../../service-mail.ts';

export const messageSchema = z.object({ subject: text(SUBJECT_MAX), body: text(BODY_MAX) });
