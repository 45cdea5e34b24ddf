import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { addMs, newId, now } from '../platform/db/sql.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { audit } from '../platform/audit/audit.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import { textToSign, versionByNumber } from '../features/charter/service.ts';
import type { Region, Sector, SizeBand } from '../features/organisations/vocabulary.ts';
import { indexOrganisationsInBulk } from '../features/organisations/service.ts';
import { enrolWithKnownSecret } from '../features/accounts/service.ts';
import { DEMO_ORGS, describe, REVIEW_NOTES, WITHDRAWAL_REASONS, type DemoStatus } from './seed-data.ts';
import {
  addOrganisation,
  emptyRows,
  enterpriseNumber,
  exampleDomain,
  executive,
  insertRows,
  person,
  random,
  uniqueSlug,
  type CharterRef,
} from './seed-rows.ts';
import { planScaleOrganisations } from './seed-scale.ts';
import { registry } from '../features/index.ts';
import type { ScaleSignatory } from '../platform/feature.ts';

const DAY = 24 * 3600_000;

/** The demo sign-ins (README lists them). Only ever loaded by `seed --demo`, never in production data. */
export const DEMO_ACCOUNTS = [
  {
    role: 'secretariat',
    email: 'secretariat@inclusio.example',
    password: 'Demo-Secretariat-2026',
    /** The secretariat signs in in two steps: add this key to an authenticator app (demo only). */
    totpSecret: 'INCLUSIODEMOSECRETARIATDEMOTOTP2',
    name: 'Marie Lambert',
    locale: 'fr',
  },
  {
    role: 'org-admin',
    email: 'sofie.maes@digitaal-samen.example',
    password: 'Demo-OrgAdmin-2026',
    name: 'Sofie Maes',
    locale: 'nl',
  },
  {
    role: 'org-member',
    email: 'karim.benali@digitaal-samen.example',
    password: 'Demo-OrgMember-2026',
    name: 'Karim Benali',
    locale: 'nl',
  },
] as const;

export type DemoRole = (typeof DEMO_ACCOUNTS)[number]['role'];

export class SeedError extends Error {}

/**
 * Accounts that are not demo data: every demo address ends in ".example" (RFC 2606, never
 * delivered), and a closed account's address is replaced by one under "closed.invalid".
 */
export async function realAccounts(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', 'not like', '%.example')
    .where('email', 'not like', '%@closed.invalid')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Charter version 1 and the hash of its text per language, as a signer would have seen it. */
async function charterRef(db: Kysely<DB>): Promise<CharterRef> {
  const version = await versionByNumber(db, 1);
  if (!version) throw new SeedError('Charter version 1 is not in the database. Run `inclusio migrate` first.');
  const hashes = new Map<Lang, string>();
  for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
    const text = await textToSign(db, version.id, lang);
    hashes.set(lang, text?.sha256 ?? '');
  }
  return { versionId: version.id, version: version.version, hash: (lang) => hashes.get(lang) ?? '' };
}

export interface DemoSummary {
  organisations: number;
  signatories: number;
  users: number;
}

/**
 * Loads realistic sample data: about forty invented organisations in every sector, region and
 * language, their applications at every stage, signatures and public history, and three people
 * who can sign in (DEMO_ACCOUNTS). Refuses to run on a database that already has the demo, and
 * on one with real accounts unless `force` (the demo's sign-ins and published passwords have
 * no place next to real people's data).
 */
export async function seedDemo(db: Kysely<DB>, { force = false }: { force?: boolean } = {}): Promise<DemoSummary> {
  const real = await realAccounts(db);
  if (real > 0 && !force) {
    throw new SeedError(
      `This database has ${real} real account(s). The demo adds sign-ins whose passwords are public, so it is refused here. ` +
        'Use an empty database, or add --force if this really is a test database.',
    );
  }
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where(
      'email',
      'in',
      DEMO_ACCOUNTS.map((a) => a.email),
    )
    .executeTakeFirst();
  if (existing) {
    throw new SeedError('The demo data is already in this database. To load it again, start from an empty database.');
  }
  const charter = await charterRef(db);
  const rnd = random(20211202);
  const at = now();
  const [secretariat, admin, member] = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => ({ ...a, id: newId(), hash: await hashPassword(a.password) })),
  );
  const rows = emptyRows();
  for (const a of [secretariat!, admin!, member!]) {
    rows.users.push({
      id: a.id,
      email: a.email,
      name: a.name,
      password_hash: a.hash,
      locale: a.locale,
      email_verified_at: at,
      is_secretariat: a.role === 'secretariat' ? 1 : 0,
      failed_logins: 0,
      locked_until: null,
      created_at: at,
      updated_at: at,
    });
  }

  // Public ones signed one after the other from March 2021 until six weeks ago; applications
  // still under way were sent in the last four weeks.
  const publicCount = DEMO_ORGS.filter((d) => d.status === 'signatory').length;
  const start = Date.parse('2021-03-15T09:00:00Z');
  const end = Date.now() - 45 * DAY;
  const taken = new Set<string>();
  const ids: string[] = [];
  let publicIndex = 0;
  let withdrawnIndex = 0;
  DEMO_ORGS.forEach((d, i) => {
    // Those that withdrew signed early (2021–2022) and left a year or so later.
    const appliedMs =
      d.status === 'withdrawn'
        ? start + (150 + 250 * withdrawnIndex++) * DAY
        : d.status === 'signatory'
          ? start + ((end - start) * publicIndex++) / Math.max(1, publicCount - 1) - rnd.int(10) * DAY
          : Date.now() - (3 + rnd.int(25)) * DAY;
    const applied = new Date(appliedMs).toISOString();
    const number = enterpriseNumber(4_000_000 + 7919 * (i + 1) + 1234);
    const slug = uniqueSlug(d.name, number, taken);
    const domain = exampleDomain(slug);
    const lang = d.languages[0]!;
    ids.push(
      addOrganisation(
        rows,
        {
          name: d.name,
          slug,
          enterpriseNumber: number,
          sector: d.sector,
          size: d.size,
          regions: d.regions,
          languages: d.languages,
          descriptions: d.described.map((l, v) => ({ lang: l, text: describe(l, d.name, d.city, d.focus, i + v) })),
          website: `https://www.${domain}`,
          status: d.status,
          appliedAt: applied,
          signDelayDays: 1 + rnd.int(9),
          decideDelayDays: 1 + rnd.int(6),
          withdrawnAt: d.status === 'withdrawn' ? addMs(applied, (300 + rnd.int(200)) * DAY) : undefined,
          withdrawalReason:
            d.status === 'withdrawn' ? WITHDRAWAL_REASONS[lang][i % WITHDRAWAL_REASONS[lang].length] : undefined,
          invitedById: d.invitedBy === undefined ? null : ids[d.invitedBy]!,
          applicant: i === 0 ? { userId: admin!.id } : person(rnd, lang, domain),
          executive: executive(rnd, lang, domain),
          decidedBy: secretariat!.id,
          reviewNote:
            d.status === 'rejected'
              ? REVIEW_NOTES[lang].rejected
              : d.status === 'info_requested'
                ? REVIEW_NOTES[lang].info
                : undefined,
        },
        charter,
      ),
    );
  });
  rows.memberships.push({ org_id: ids[0]!, user_id: member!.id, role: 'member', created_at: at });

  await db.transaction().execute(async (trx) => {
    await insertRows(trx, rows);
    await indexOrganisationsInBulk(
      trx,
      rows.organisations.map((o) => o.id),
    );
    for (const a of DEMO_ACCOUNTS) {
      const id = [secretariat!, admin!, member!].find((p) => p.email === a.email)!.id;
      if ('totpSecret' in a) await enrolWithKnownSecret(trx, id, a.totpSecret);
    }
    await audit(trx, {
      actor: null,
      action: 'seed.demo',
      subjectType: 'database',
      subjectId: 'demo',
      details: { organisations: rows.organisations.length, users: rows.users.length },
    });
  });
  // Features with demo data of their own (their manifest's `demo`) add it now, in feature
  // order, reading the people and organisations above through the other features' services.
  for (const feature of registry.features) await feature.demo?.(db);
  return {
    organisations: rows.organisations.length,
    signatories: rows.organisations.filter((r) => r.status === 'signatory').length,
    users: rows.users.length,
  };
}

/** The batch's signatories as the features' scale seeds see them. */
function scaleSignatories(rows: ReturnType<typeof emptyRows>): ScaleSignatory[] {
  const group = <R extends { org_id: string }>(list: R[], pick: (r: R) => string) => {
    const map = new Map<string, string[]>();
    for (const r of list) map.set(r.org_id, [...(map.get(r.org_id) ?? []), pick(r)]);
    return map;
  };
  const regions = group(rows.organisation_regions, (r) => r.region);
  const languages = group(rows.organisation_languages, (r) => r.lang);
  const admins = group(
    rows.memberships.filter((m) => m.role === 'admin'),
    (m) => m.user_id,
  );
  return rows.organisations
    .filter((o) => o.status === 'signatory' && o.signed_at)
    .map((o) => ({
      id: o.id,
      sector: o.sector,
      regions: regions.get(o.id) ?? [],
      languages: languages.get(o.id) ?? [],
      adminUserId: admins.get(o.id)?.[0] ?? '',
      signedAt: o.signed_at!,
    }));
}

/** Organisations per transaction: large enough to be fast, small enough to keep memory flat. */
export const SCALE_BATCH = 500;

/**
 * Adds `n` signatories with realistic, proportional data (regions, languages, descriptions,
 * applications, signatures, history), plus about 3% more that withdrew and 2% more whose
 * application is under way. Batches of SCALE_BATCH organisations per transaction;
 * `onProgress` hears how many of the n signatories are stored so far.
 */
export async function seedScale(
  db: Kysely<DB>,
  n: number,
  onProgress: (done: number) => void = () => {},
): Promise<{ signatories: number; organisations: number }> {
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new SeedError('The number of signatories must be a whole number from 1 to 1,000,000.');
  const charter = await charterRef(db);
  const existing = await db.selectFrom('organisations').select(['slug', 'enterprise_number']).execute();
  const taken = new Set(existing.map((r) => r.slug));
  // Generated numbers start at 0800.000.0xx and go up from the highest one used before.
  const highest = existing.reduce(
    (max, r) =>
      r.enterprise_number >= '08' && r.enterprise_number < '10'
        ? Math.max(max, Number(r.enterprise_number.slice(0, 8)))
        : max,
    7_999_999,
  );
  const plans = planScaleOrganisations(n, { firstEight: highest + 1, taken, offset: existing.length, charter });
  let stored = 0;
  let signatories = 0;
  const idsSoFar: string[] = [];
  for (let i = 0; i < plans.length; i += SCALE_BATCH) {
    const rows = emptyRows();
    for (const plan of plans.slice(i, i + SCALE_BATCH)) {
      const invitedById = plan.inviterIndex === null ? null : (idsSoFar[plan.inviterIndex] ?? null);
      idsSoFar.push(addOrganisation(rows, { ...plan.plan, invitedById }, charter));
      if (plan.plan.status === 'signatory') signatories++;
    }
    await db.transaction().execute(async (trx) => {
      await insertRows(trx, rows);
      // Organisation counts follow by themselves (triggers); the name search needs its index.
      await indexOrganisationsInBulk(
        trx,
        rows.organisations.map((o) => o.id),
      );
    });
    // Features with data of their own for the new signatories (their manifest's `scale`), in feature order.
    const added = scaleSignatories(rows);
    for (const feature of registry.features) await feature.scale?.(db, added);
    stored += rows.organisations.length;
    onProgress(signatories);
  }
  await audit(db, {
    actor: null,
    action: 'seed.scale',
    subjectType: 'database',
    subjectId: 'scale',
    details: { signatories, organisations: stored },
  });
  return { signatories, organisations: stored };
}

export type { DemoStatus, Region, Sector, SizeBand };
