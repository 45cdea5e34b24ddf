import { z } from 'zod';
import { decodeCursor as decodeValues, encodeCursor as encodeValues } from '../../platform/http/cursor.ts';
import type { Cursor } from './repository-proposals.ts';

// The "next page" links' cursors: a row's (created_at, id), opaque in the address.

const cursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeCursor(c: Cursor): string {
  return encodeValues([c.at, c.id]);
}

/** A cursor from the address, or null for anything else (the first page is then shown). */
export function decodeCursor(raw: unknown): Cursor | null {
  const values = decodeValues(raw, cursorSchema);
  return values && { at: values[0], id: values[1] };
}

/** The rows to show and the next page's cursor, from a query that read one row more than shown. */
export function pageOf<T extends { created_at: string; id: string }>(rows: T[], size: number): { shown: T[]; next: string | null } {
  const shown = rows.slice(0, size);
  const last = shown[shown.length - 1];
  return { shown, next: rows.length > size && last ? encodeCursor({ at: last.created_at, id: last.id }) : null };
}
