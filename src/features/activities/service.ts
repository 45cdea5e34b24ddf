import type { Kysely, Transaction } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { Refused, type EventBus } from '../../platform/events.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import type { ActivitiesTable, ActivitySource } from './activities.table.ts';
import type { ActivityShare } from './events.ts';
import * as repo from './repository.ts';
import { addTotalsOf, moveTotals } from './totals.ts';
import {
  DEFAULT_COMMITMENT,
  toBits,
  type ActivityKind,
  type SafetyKind,
  type TagName,
  type Visibility,
} from './vocabulary.ts';

// Logging, changing and deleting an activity. Any member of a signatory may (the log is the
// organisation's, as its practices are); the routes check the session and these check again, in
// the change's transaction, through organisations' one check. Each write moves the kept totals
// and leaves an audit line in the same transaction.

// The visibility's words, for features that log an activity through this service (campaigns).
export { VISIBILITIES, VISIBILITY_LABEL, type Visibility } from './vocabulary.ts';

export const TITLE_MAX = 160;
export const DESCRIPTION_MAX = 4000;
export const PEOPLE_MAX = 10_000_000;
/** Hours per person of one training, at most (a long course). */
export const HOURS_MAX = 1000;

export type Reason = 'notFound' | 'forbidden';

export interface ActivityInput {
  kind: ActivityKind;
  title: string;
  startsOn: string;
  endsOn: string | null;
  peopleReached: number;
  description: string | null;
  /** Empty: the kind's default commitment. */
  tags: Record<TagName, string[]>;
  /** Trainings only; ignored for other kinds. */
  minutesPerPerson: number | null;
  /** Online-safety actions only; ignored for other kinds. */
  safetyKind: SafetyKind | null;
  evidenceLink: string | null;
  visibility: Visibility;
}

/** The columns an input sets: what only matters for one kind is dropped for the others. */
export function columnsOf(input: ActivityInput) {
  const training = input.kind === 'training';
  const commitments = input.tags.commitment.length > 0 ? input.tags.commitment : [DEFAULT_COMMITMENT[input.kind]];
  return {
    kind: input.kind,
    safety_kind: input.kind === 'safety' ? input.safetyKind : null,
    title: input.title,
    description: input.description,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    year: Number(input.startsOn.slice(0, 4)),
    commitment_bits: toBits('commitment', commitments),
    audience_bits: toBits('audience', input.tags.audience),
    group_bits: toBits('group', input.tags.group),
    digcomp_bits: training ? toBits('digcomp', input.tags.digcomp) : 0,
    region_bits: toBits('region', input.tags.region),
    people_reached: input.peopleReached,
    minutes_per_person: training ? input.minutesPerPerson : null,
    evidence_link: input.evidenceLink,
    visibility: input.visibility,
  } satisfies Partial<ActivitiesTable>;
}

/** A new activity's row, as the organisation's member `userId` logs it at `at`. */
function newRow(
  orgId: string,
  userId: string,
  input: ActivityInput,
  at: string,
  extra: { campaignId?: string | null; source?: ActivitySource },
) {
  return {
    id: newId(),
    org_id: orgId,
    ...columnsOf(input),
    campaign_id: extra.campaignId ?? null,
    source: extra.source ?? ('form' as const),
    created_by: userId,
    updated_by: userId,
    created_at: at,
    updated_at: at,
  };
}

/**
 * A service's database, or with it the event bus to tell others (a campaign's reach follows its
 * participations): the log's pages pass `app.deps`. A bare database tells nobody, which is right
 * only for activities that belong to no campaign (the import).
 */
export type ActivityDeps = Kysely<DB> | { db: Kysely<DB>; dialect: Dialect; events: EventBus };

const dbOf = (deps: ActivityDeps): Kysely<DB> => ('events' in deps ? deps.db : deps);

const shareOf = (
  row: Pick<ActivitiesTable, 'org_id' | 'campaign_id' | 'kind' | 'year' | 'visibility' | 'people_reached'> | undefined,
): ActivityShare | null =>
  row
    ? {
        orgId: row.org_id,
        campaignId: row.campaign_id,
        kind: row.kind,
        year: Number(row.year),
        visibility: row.visibility,
        peopleReached: Number(row.people_reached),
      }
    : null;

/** Tells the listeners, in the change's transaction; a refusal rolls the change back. */
async function tell(
  deps: ActivityDeps,
  trx: Transaction<DB>,
  before: ActivityShare | null,
  after: ActivityShare | null,
) {
  if (!('events' in deps)) return;
  const refusal = await deps.events.emit({ trx, dialect: deps.dialect }, 'activities:changed', { before, after });
  if (refusal) throw new Refused(refusal);
}

const writer = (trx: Transaction<DB>, orgId: string, userId: string) => signatoryRoleOf(trx, orgId, userId);

/** Whether a person may read the organisation's whole log: its members, and the secretariat (second factor proven). */
export function mayReadLog(principal: Principal | null, orgId: string): boolean {
  if (!principal) return false;
  if (principal.memberships.some((m) => m.orgId === orgId)) return true;
  return principal.isSecretariat && !!principal.secondFactorAt;
}

export async function logActivity(
  deps: ActivityDeps,
  userId: string,
  orgId: string,
  input: ActivityInput,
  extra: { campaignId?: string | null; source?: ActivitySource } = {},
): Promise<Outcome<{ id: string }, Reason>> {
  return dbOf(deps)
    .transaction()
    .execute(async (trx) => {
      if (!(await writer(trx, orgId, userId))) return fail('forbidden' as const);
      const row = newRow(orgId, userId, input, now(), extra);
      const id = row.id;
      await repo.insertActivity(trx, row);
      await moveTotals(trx, undefined, row);
      await tell(deps, trx, null, shareOf(row));
      await audit(trx, {
        actor: userId,
        action: 'activities.logged',
        subjectType: 'activity',
        subjectId: id,
        details: { orgId, kind: input.kind, year: row.year, visibility: input.visibility },
      });
      return ok({ id });
    });
}

/**
 * Many activities at once, all or none (the spreadsheet import, later): one transaction, the
 * totals moved in one pass, one audit line with how many came in.
 */
export async function logActivities(
  db: Kysely<DB>,
  userId: string,
  orgId: string,
  inputs: readonly ActivityInput[],
  source: ActivitySource = 'import',
): Promise<Outcome<{ ids: string[] }, Reason>> {
  return db.transaction().execute(async (trx) => {
    if (!(await writer(trx, orgId, userId))) return fail('forbidden' as const);
    const at = now();
    const rows = inputs.map((input) => newRow(orgId, userId, input, at, { source }));
    await repo.insertActivities(trx, rows);
    await addTotalsOf(trx, rows);
    await audit(trx, {
      actor: userId,
      action: 'activities.logged_many',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { count: rows.length, source },
    });
    return ok({ ids: rows.map((r) => r.id) });
  });
}

export async function changeActivity(
  deps: ActivityDeps,
  userId: string,
  orgId: string,
  id: string,
  input: ActivityInput,
): Promise<Outcome<{ id: string }, Reason>> {
  return dbOf(deps)
    .transaction()
    .execute(async (trx) => {
      if (!(await writer(trx, orgId, userId))) return fail('forbidden' as const);
      const before = await repo.lockActivity(trx, orgId, id);
      if (!before) return fail('notFound' as const);
      const set = { ...columnsOf(input), updated_by: userId, updated_at: now() };
      await repo.updateActivity(trx, id, set);
      await moveTotals(trx, before, { ...before, ...set });
      await tell(deps, trx, shareOf(before), shareOf({ ...before, ...set }));
      const changed = Object.keys(set).filter(
        (k) =>
          k !== 'updated_at' && k !== 'updated_by' && before[k as keyof typeof before] !== set[k as keyof typeof set],
      );
      await audit(trx, {
        actor: userId,
        action: 'activities.changed',
        subjectType: 'activity',
        subjectId: id,
        details: { orgId, changed },
      });
      return ok({ id });
    });
}

export async function deleteActivity(
  deps: ActivityDeps,
  userId: string,
  orgId: string,
  id: string,
): Promise<Outcome<{ id: string }, Reason>> {
  return dbOf(deps)
    .transaction()
    .execute(async (trx) => {
      if (!(await writer(trx, orgId, userId))) return fail('forbidden' as const);
      const before = await repo.lockActivity(trx, orgId, id);
      if (!before) return fail('notFound' as const);
      await repo.deleteActivity(trx, id);
      await moveTotals(trx, before, undefined);
      await tell(deps, trx, shareOf(before), null);
      await audit(trx, {
        actor: userId,
        action: 'activities.deleted',
        subjectType: 'activity',
        subjectId: id,
        details: { orgId, kind: before.kind, title: before.title, year: before.year },
      });
      return ok({ id });
    });
}
