import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { isAdmin } from '../organisations/service.ts';
import { contactsOf } from '../accounts/service.ts';
import { adminUserIds, memberUserIds } from '../organisations/service-registration.ts';
import { editorIdsOf } from './repository-runs.ts';
import type { ServiceDeps } from './draft.ts';

// The members an organisation's administrators allow to answer its self-assessment. Only
// current members can be named; the right itself is checked on every write (service-access.ts),
// so a member who leaves loses it even though their row stays.

export interface Person {
  userId: string;
  name: string;
  admin: boolean;
  /** Named an assessment editor (an administrator writes anyway). */
  editor: boolean;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/** The organisation's current members, by name (an organisation has a handful). */
export async function peopleOf(deps: ServiceDeps, orgId: string): Promise<Person[]> {
  const [memberIds, adminIds, editorIds] = await Promise.all([
    memberUserIds(deps.db, orgId),
    adminUserIds(deps.db, orgId),
    editorIdsOf(deps.db, orgId),
  ]);
  const admins = new Set(adminIds);
  const editors = new Set(editorIds);
  const contacts = await contactsOf(deps.db, memberIds);
  return contacts
    .map((c) => ({ userId: c.id, name: c.name, admin: admins.has(c.id), editor: editors.has(c.id) }))
    .sort((a, b) => byName(a.name, b.name) || (a.userId < b.userId ? -1 : 1));
}

type EditorReason = 'notFound' | 'forbidden' | 'invalid';

export async function addEditor(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  userId: string,
): Promise<Outcome<null, EditorReason>> {
  return db.transaction().execute(async (trx) => {
    if (!(await isAdmin(trx, orgId, actor))) return fail('forbidden');
    if (!(await memberUserIds(trx, orgId)).includes(userId))
      return {
        ok: false as const,
        errors: { userId: 'assessment.overview.editors.error.member' },
        error: 'invalid' as const,
      };
    await trx
      .insertInto('assessment_editors')
      .values({ org_id: orgId, user_id: userId, added_by: actor, added_at: now() })
      .onConflict((oc) => oc.columns(['org_id', 'user_id']).doNothing())
      .execute();
    await audit(trx, {
      actor,
      action: 'assessment.editor_added',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { userId },
    });
    return ok(null);
  });
}

export async function removeEditor(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  userId: string,
): Promise<Outcome<null, EditorReason>> {
  return db.transaction().execute(async (trx) => {
    if (!(await isAdmin(trx, orgId, actor))) return fail('forbidden');
    const removed = await trx
      .deleteFrom('assessment_editors')
      .where('org_id', '=', orgId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    // Not (or no longer) an editor: nothing to do, and nothing to record.
    if (Number(removed.numDeletedRows) === 0) return ok(null);
    await audit(trx, {
      actor,
      action: 'assessment.editor_removed',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { userId },
    });
    return ok(null);
  });
}
