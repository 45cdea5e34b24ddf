import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { organisationSpace } from '../organisations/service.ts';
import type { Sector, SizeBand } from '../organisations/vocabulary.ts';
import { AUDIENCES } from './framework.ts';
import { frameworkInForce } from './repository-frameworks.ts';
import { insertFirstRunsInBulk, type SeedCell } from './seed-runs.ts';

// `seed --scale N`'s self-assessments: one submitted run per two new signatories, two to six
// cells each, written in bulk with the aggregates summed (seed-runs.ts). In a file of its own so
// that the benchmarks' kept seeds (bench/lib.ts hashes every feature's seed-scale.ts) follow it.

/** Reads of the organisations' size bands at once (the scale signatory does not carry it). */
const PARALLEL = 20;

export async function seedScaleAssessment(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void> {
  const framework = await frameworkInForce(db);
  if (!framework || signatories.length === 0) return;
  const keys = framework.content.dimensions.map((d) => d.key);
  const chosen = signatories.filter((_, i) => i % 2 === 0);
  const groups: { sector: Sector; size_band: SizeBand }[] = [];
  for (let k = 0; k < chosen.length; k += PARALLEL) {
    const spaces = await Promise.all(chosen.slice(k, k + PARALLEL).map((s) => organisationSpace(db, s.id)));
    groups.push(...spaces.map((s) => s!.org));
  }
  const runs = chosen.map((s, i) => {
    const count = 2 + (i % 5);
    const cells: SeedCell[] = [];
    for (let c = 0; cells.length < count && c < keys.length * AUDIENCES.length; c++) {
      const dimension = keys[(i + c) % keys.length]!;
      const audience = AUDIENCES[(c + (i % 3)) % AUDIENCES.length]!;
      if (cells.some((x) => x.dimension === dimension && x.audience === audience)) continue;
      cells.push({ dimension, audience, level: (i * 7 + c * 3) % 5, evidence: 'Jaarverslag.', plan: '' });
    }
    const org = groups[i]!;
    return {
      orgId: s.id,
      userId: s.adminUserId,
      frameworkVersion: framework.version,
      submittedAt: s.signedAt > '2025-01-01' ? s.signedAt : '2025-06-01T10:00:00.000Z',
      cells,
      sector: org.sector,
      sizeBand: org.size_band,
    };
  });
  await db.transaction().execute((trx) => insertFirstRunsInBulk(trx, runs));
}
