import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { newId, now } from '../db/sql.ts';

export interface AuditEntry {
  actor: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** What changed; never passwords, tokens or file contents. */
  details?: Record<string, unknown>;
}

/** Every change leaves a line: who, what, when. Call it inside the change's own transaction. */
export async function audit(db: Kysely<DB> | Transaction<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: now(),
      actor_user_id: entry.actor,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditTrailLine {
  at: string;
  action: string;
  subjectType: string;
  subjectId: string;
  /** Only for lines about the person: lines of what they did to others may name those others. */
  details?: Record<string, unknown>;
}

/**
 * The audit lines about a person (subject: their account) with their details, and the lines of
 * what they did, without details; newest first, at most `limit` (the log keeps five years).
 */
export async function auditTrailOf(
  db: Kysely<DB> | Transaction<DB>,
  userId: string,
  limit = 5000,
): Promise<AuditTrailLine[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'action', 'subject_type', 'subject_id', 'actor_user_id', 'details'])
    .where((eb) =>
      eb.or([
        eb.and([eb('subject_type', '=', 'user'), eb('subject_id', '=', userId)]),
        eb('actor_user_id', '=', userId),
      ]),
    )
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const aboutThem = r.subject_type === 'user' && r.subject_id === userId;
    const line: AuditTrailLine = { at: r.at, action: r.action, subjectType: r.subject_type, subjectId: r.subject_id };
    if (aboutThem) line.details = JSON.parse(r.details) as Record<string, unknown>;
    return line;
  });
}
