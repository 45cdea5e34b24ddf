import { z } from 'zod';

/** The one choice on submitting: keep this first report private (a ticked box arrives as "yes"). */
export const submitSchema = z.object({
  keepPrivate: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v.includes('yes') : v === 'yes')),
});
