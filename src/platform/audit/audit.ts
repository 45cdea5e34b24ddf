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
