import { audit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { organisationProfile, saveProfileDetails, type OrganisationProfile } from './service-registration.ts';
import { descriptionField, type ProfileInput } from './profile-schema.ts';
import * as repo from './repository.ts';
import { fail, isAdmin, ok, type Outcome, type ServiceDeps } from './service.ts';
import type { EventBus } from '../../platform/events.ts';

// Editing the public profile. Every saved change leaves one audit line listing each changed
// field with its old and new value (for the logo, only the stored file names, never the bytes).

export type LogoChange = { kind: 'keep' } | { kind: 'replace'; file: string } | { kind: 'remove' };

export type FieldChange = { from: string | string[] | null; to: string | string[] | null };

export async function profileForEdit(deps: ServiceDeps, orgId: string): Promise<OrganisationProfile | null> {
  return organisationProfile(deps.db, orgId);
}

const same = (a: string | string[] | null, b: string | string[] | null): boolean =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\u0000') === [...b].sort().join('\u0000') : a === b;

/** Field by field, what the new profile changes; an empty object when nothing changes. */
export function profileChanges(
  before: OrganisationProfile,
  after: ProfileInput,
  logo: LogoChange,
): Record<string, FieldChange> {
  const pairs: [string, string | string[] | null, string | string[] | null][] = [
    ['legalName', before.legalName, after.legalName],
    ['sector', before.sector, after.sector],
    ['sizeBand', before.sizeBand, after.sizeBand],
    ['regions', before.regions, after.regions],
    ['languages', before.languages, after.languages],
    ['website', before.website, after.website],
    ...LANGS.map((l): [string, string | null, string | null] => [
      descriptionField(l),
      before.descriptions[l] ?? null,
      after.descriptions[l] ?? null,
    ]),
  ];
  if (logo.kind === 'replace') pairs.push(['logo', before.logoFile, logo.file]);
  if (logo.kind === 'remove') pairs.push(['logo', before.logoFile, null]);
  const changes: Record<string, FieldChange> = {};
  for (const [field, from, to] of pairs) if (!same(from, to)) changes[field] = { from, to };
  return changes;
}

export async function updateProfile(
  deps: ServiceDeps & { events: EventBus },
  actor: Principal,
  orgId: string,
  profile: ProfileInput,
  logo: LogoChange,
): Promise<Outcome<{ changed: boolean; oldLogo: string | null }, 'notFound' | 'forbidden'>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.lockOrganisation(trx, deps.dialect, orgId))) return fail('notFound');
    if (!(await isAdmin(trx, orgId, actor.userId))) return fail('forbidden');
    const before = await organisationProfile(trx, orgId);
    if (!before) return fail('notFound');
    const changes = profileChanges(before, profile, logo);
    if (Object.keys(changes).length === 0) return ok({ changed: false, oldLogo: null });
    // Keeps search_name and updated_at in step with the legal name.
    await saveProfileDetails(
      trx,
      orgId,
      profile,
      logo.kind === 'keep' ? undefined : logo.kind === 'replace' ? logo.file : null,
    );
    if ('sector' in changes || 'sizeBand' in changes)
      await deps.events.emit({ trx, dialect: deps.dialect }, 'organisations:groupChanged', {
        orgId,
        sector: profile.sector,
        sizeBand: profile.sizeBand,
      });
    await audit(trx, {
      actor: actor.userId,
      action: 'organisations.profile_updated',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { changes },
    });
    return ok({ changed: true, oldLogo: 'logo' in changes ? before.logoFile : null });
  });
}
