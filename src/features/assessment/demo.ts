import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { signatoriesByName } from '../organisations/service-directory.ts';
import { adminUserIds, memberUserIds } from '../organisations/service-registration.ts';
import { addEditor } from './service-editors.ts';
import { startDraft } from './service-frameworks.ts';
import { secretariatContacts } from '../accounts/service.ts';
import { AUDIENCES, type Audience } from './framework.ts';
import { frameworkInForce } from './repository-frameworks.ts';
import { insertDraftRun, insertSubmittedRun, type SeedCell } from './seed-runs.ts';
import { togglePublicLine, toggleSharing } from './service-results.ts';

// The self-assessment's demo (`seed --demo`): most signatories assessed themselves in spring
// 2025 and again in spring 2026, mostly a little better the second time, so the comparison
// shows every kind of change. Every run answers the two cells everyone starts with (leadership
// for employees, access for customers), so wherever a sector and size band has enough
// signatories the peer benchmark appears; then two to four more cells. One signatory has a run
// in progress, a few never started; the demo admin's organisation shares its latest run with
// the secretariat and shows the public line, as do a few others.

const DEMO_ADMIN_ORG = 'Digitaal Samen vzw';

const COMMON: readonly [string, Audience][] = [
  ['leadership', 'employees'],
  ['access', 'customers'],
];

/** A stable pseudo-random number from a few integers: the demo is the same on every run. */
const mix = (...n: number[]) => n.reduce((h, x) => Math.imul(h ^ (x + 0x9e3779b9), 0x85ebca6b) >>> 0, 17) % 1000;

const EVIDENCE = [
  'Verslag van de raad van bestuur, maart.',
  'Enquête bij 120 klanten, resultaten op intranet.',
  'Opleidingsplan voor alle medewerkers.',
  '',
];
const PLANS = [
  'Een meetmoment per kwartaal invoeren.',
  'Samen met gebruikers de website testen.',
  '',
  'Een vaste contactpersoon aanduiden.',
];

function scopeOf(i: number, keys: readonly string[]): [string, Audience][] {
  const extra = 2 + (i % 3);
  const cells: [string, Audience][] = [...COMMON];
  for (let k = 0; cells.length < COMMON.length + extra && k < keys.length * AUDIENCES.length; k++) {
    const dimension = keys[(i + k) % keys.length]!;
    const audience = AUDIENCES[(i + 2 * k) % AUDIENCES.length]!;
    if (!cells.some(([d, a]) => d === dimension && a === audience)) cells.push([dimension, audience]);
  }
  return cells;
}

function cellsFor(i: number, scope: readonly [string, Audience][], year: 0 | 1): SeedCell[] {
  return scope.map(([dimension, audience], c) => {
    const first = mix(i, c) % 4;
    // The second year: mostly one up, sometimes the same, now and then one down.
    const step = [1, 1, 0, -1, 1, 0][mix(i, c, 7) % 6]!;
    const level = Math.max(0, Math.min(4, year === 0 ? first : first + step));
    return {
      dimension,
      audience,
      level,
      evidence: EVIDENCE[mix(i, c, year) % EVIDENCE.length]!,
      links: level >= 2 ? 'https://www.example.org/beleid' : '',
      plan: PLANS[mix(c, i, year) % PLANS.length]!,
    };
  });
}

export async function demo(db: Kysely<DB>): Promise<void> {
  const framework = await frameworkInForce(db);
  if (!framework) return;
  const keys = framework.content.dimensions.map((d) => d.key);
  if (!keys.includes('leadership') || !keys.includes('access')) return;
  const signatories = await signatoriesByName(db);
  // The admin's peer group (same sector and size band) all answer: the benchmark needs five others.
  const home = signatories.find((o) => o.legal_name === DEMO_ADMIN_ORG);
  const inHomeGroup = (o: { sector: string; size_band: string }) =>
    home !== undefined && o.sector === home.sector && o.size_band === home.size_band;
  let draftDone = false;
  for (const [i, org] of signatories.entries()) {
    const admin = (await adminUserIds(db, org.id))[0];
    if (!admin) continue;
    // The demo admin's organisation (src/cli/seed-data.ts, the first) always has its two runs.
    const own = org.legal_name === DEMO_ADMIN_ORG;
    // One in eight never started (none of the admin's peers); the first of them has a run in progress.
    if (i % 8 === 7 && !inHomeGroup(org)) {
      if (!draftDone) {
        await insertDraftRun(db, {
          orgId: org.id,
          userId: admin,
          frameworkVersion: framework.version,
          submittedAt: '2026-11-20T09:00:00.000Z',
          cells: cellsFor(i, scopeOf(i, keys), 0),
        });
        draftDone = true;
      }
      continue;
    }
    const scope = scopeOf(i, keys);
    const day = String(1 + (i % 27)).padStart(2, '0');
    await insertSubmittedRun(db, {
      orgId: org.id,
      userId: admin,
      frameworkVersion: framework.version,
      submittedAt: `2025-04-${day}T09:30:00.000Z`,
      cells: cellsFor(i, scope, 0),
    });
    // The second year widens the scope by a cell for some: progressive, as the charter asks.
    const wider = i % 2 === 0 ? scopeOf(i + 1, keys) : scope;
    const second = [...new Map([...scope, ...wider].map((c) => [c.join('/'), c])).values()];
    const latest = await insertSubmittedRun(db, {
      orgId: org.id,
      userId: admin,
      frameworkVersion: framework.version,
      submittedAt: `2026-05-${day}T09:30:00.000Z`,
      cells: cellsFor(i, second, 1),
    });
    if (i % 4 === 0 || own) await togglePublicLine(db, admin, org.id);
    if (!own) continue;
    await toggleSharing(db, admin, org.id, latest);
    // The demo admin's organisation is answering its third run (half the levels given), and its
    // other member may answer too: the pages of a run in progress show on the demo.
    await insertDraftRun(db, {
      orgId: org.id,
      userId: admin,
      frameworkVersion: framework.version,
      submittedAt: '2026-11-20T09:00:00.000Z',
      cells: cellsFor(i, second, 1),
    });
    for (const member of (await memberUserIds(db, org.id)).filter((id) => id !== admin))
      await addEditor(db, admin, org.id, member);
  }
  // The secretariat is preparing version 2 of the framework (a copy of version 1 to edit).
  const secretariat = (await secretariatContacts(db))[0];
  if (secretariat) await startDraft(db, secretariat.id);
}

/** The demo admin's organisation and its latest run; a cell it answered; the framework in force. */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const orgId = people['org-admin'].memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const framework = await frameworkInForce(db);
  // Without a framework in force the demo has no self-assessment (and the pages nothing to show).
  if (!framework) return {};
  const profile = await db
    .selectFrom('assessment_profiles')
    .select(['last_run_id', 'draft_run_id'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (!profile?.last_run_id) throw new Error('The demo has no self-assessment for the admin’s organisation');
  if (!profile.draft_run_id) throw new Error('The demo admin’s organisation has no run in progress');
  const draft = { runId: profile.draft_run_id };
  const nextVersion = await db
    .selectFrom('assessment_frameworks')
    .select('version')
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (!nextVersion) throw new Error('The demo has no draft of the framework');
  const editing = { version: String(nextVersion.version) };
  const versionPage = '/:lang/secretariat/assessment/frameworks/:version';
  const run = '/:lang/organisations/:orgId/assessment/runs/:runId';
  return {
    params: {
      runId: profile.last_run_id,
      dimension: 'leadership',
      audience: 'employees',
      version: String(framework.version),
    },
    // The pages of a run being answered take the draft; the results take the latest submitted run.
    routeParams: {
      ...Object.fromEntries(
        ['/scope', '/answers/:dimension', '/answers/:dimension/:audience/file', '/check'].map((page) => [
          `${run}${page}`,
          draft,
        ]),
      ),
      // The secretariat edits a draft's texts; version 1 (in `params`) is in force and read only.
      [`${versionPage}/dimensions/:dimension`]: editing,
      [`${versionPage}/new-dimension`]: editing,
    },
  };
}
