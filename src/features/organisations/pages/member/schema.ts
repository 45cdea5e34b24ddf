import { z } from 'zod';
import { choice } from '../../../../platform/http/fields.ts';

export const roleSchema = z.object({ role: choice(['admin', 'member']) });
