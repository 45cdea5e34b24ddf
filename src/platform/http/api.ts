import type { FastifyReply } from 'fastify';
import { z } from 'zod';

// What every feature's JSON API answers alike: the error body and a refused query parameter.

/** The body of an API error, as the OpenAPI file describes it. */
export const apiErrorSchema = z.object({
  error: z.string(),
  statusCode: z.number().int(),
  message: z.string().optional(),
});

export const apiBadRequest = apiErrorSchema.describe(
  'A query parameter has a value that is not allowed; `message` says which',
);

/** 400 for a query parameter the route's schema refused; open to any origin, as the API is. */
export function refuseQuery(reply: FastifyReply, message: string): FastifyReply {
  reply.header('access-control-allow-origin', '*');
  return reply.status(400).send({ error: 'badRequest', statusCode: 400, message });
}

/**
 * A list filter's parameter taking one or several of a feature's values, as its list page does
 * (`?cause=skills&cause=trust`: any of them matches). A single value arrives as a string and
 * comes out as an array of one; an unknown value is refused with its name.
 */
export const severalOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.enum(values)).max(values.length * 2))
    .optional()
    .describe(`${what}. Repeat the parameter for several values: any of them matches.`);

/**
 * A list API's paging parameters: `after`, the previous page's `next` (at most `cursorMax`
 * characters, as the feature's cursors run), and `limit`, 1 to `max` rows (`byDefault` when left out).
 */
export const pageParams = (cursorMax: number, max: number, byDefault: number) => ({
  after: z.string().min(1).max(cursorMax).optional().describe('The `next` value of the previous page'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .optional()
    .describe(`Rows per page, 1 to ${max} (default ${byDefault})`),
});
