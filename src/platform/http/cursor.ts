import type { z } from 'zod';

// A keyset page's position in a "next page" address: the sort key's values of the last row
// shown, as base64url JSON, so that the address stays opaque and short. Every list that pages
// by keyset writes and reads its cursor here; what the values are is the list's own schema.

/** The cursor for the sort key's values (in the order the query sorts by). */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values back, checked by `schema`, or null for anything else: the first page is then shown. */
export function decodeCursor<T>(raw: unknown, schema: z.ZodType<T>): T | null {
  if (typeof raw !== 'string' || raw.length > 300) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
