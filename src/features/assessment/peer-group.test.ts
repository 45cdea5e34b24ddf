import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { insertSubmittedRun } from './seed-runs.ts';

// The peer counts group organisations by sector and size band (ADR 0028). An organisation that
// changes either on its profile takes its latest levels to its new group, in the same
// transaction (the `organisations:groupChanged` event), so no benchmark counts it twice or in a
// group it left.

describeEachEngine('assessment: the peer group follows the profile', (t) => {
  test('a new size band moves the latest levels from the old group to the new one', async () => {
    const admin = await createUser(t().db);
    // A non-profit of 10 to 49 people (the test organisations' sector and size band).
    const org = await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] });
    await insertSubmittedRun(t().db, {
      orgId: org.id,
      userId: admin.id,
      frameworkVersion: 1,
      submittedAt: '2026-05-04T09:00:00.000Z',
      cells: [{ dimension: 'trust', audience: 'customers', level: 3, evidence: '', links: '', plan: '' }],
    });
    const count = async (sizeBand: string) =>
      Number(
        (
          await t()
            .db.selectFrom('assessment_peer_counts')
            .select('organisations')
            .where('sector', '=', 'nonprofit')
            .where('size_band', '=', sizeBand as 'small')
            .where('dimension', '=', 'trust')
            .where('audience', '=', 'customers')
            .where('level', '=', 3)
            .executeTakeFirst()
        )?.organisations ?? 0,
      );
    const before = { small: await count('small'), large: await count('large') };

    const client = await signedInClient(t(), admin);
    const url = `/en/organisations/${org.id}/profile`;
    const csrf = Client.csrfOf((await client.get(url)).body);
    const saved = await client.postMultipart(
      url,
      {
        legalName: 'Groeiend Netwerk vzw',
        sector: 'nonprofit',
        sizeBand: 'large',
        regions: ['flanders'],
        languages: ['nl'],
        website: '',
        description_nl: 'Wij groeien.',
        description_fr: '',
        description_de: '',
        description_en: '',
      },
      csrf,
    );
    assert.equal(saved.status, 303);
    assert.equal(await count('small'), before.small - 1);
    assert.equal(await count('large'), before.large + 1);
    const latest = await t()
      .db.selectFrom('assessment_latest')
      .select(['sector', 'size_band'])
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(latest, { sector: 'nonprofit', size_band: 'large' });
  });
});
