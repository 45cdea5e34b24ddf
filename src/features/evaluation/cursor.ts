import { z } from 'zod';
import type { Cursor } from './repository-proposals.ts';

// The "next page" links' cursors: a row's (created_at, id), opaque in the address.

const cursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

/** A cursor from the address, or null for anything else (the first page is then shown). */
export function decodeCursor(raw: unknown): Cursor | null {
  if (typeof raw !== 'string' || raw.length > 300) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** The rows to show and the next page's cursor, from a query that read one row more than shown. */
export function pageOf<T extends { created_at: string; id: string }>(rows: T[], size: number): { shown: T[]; next: string | null } {
  const shown = rows.slice(0, size);
  const last = shown[shown.length - 1];
  return { shown, next: rows.length > size && last ? encodeCursor({ at: last.created_at, id: last.id }) : null };
}
