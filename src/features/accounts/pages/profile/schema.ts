import { z } from 'zod';
import { choice, text } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { NAME_MAX } from '../sign-up/schema.ts';

export const profileSchema = z.object({ name: text(NAME_MAX), locale: choice(LANGS) });
