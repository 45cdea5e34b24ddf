import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { ensureFramework } from './results-test-support.ts';
import { insertSubmittedRun } from './seed-runs.ts';

// The peer benchmark: per cell, the latest levels of the OTHER organisations of the same sector
// and size band, from the kept peer counts; shown from five others on, never counting the
// organisation itself. Every organisation here is a small non-profit (the test helper's).

describeEachEngine('assessment: peer benchmark', (t) => {
  let admin: TestUser;
  let orgId: string;
  let url: string;
  const en = translator('en');

  const submit = async (id: string, userId: string, level: number, at = '2026-03-01T10:00:00.000Z') =>
    insertSubmittedRun(t().db, {
      orgId: id,
      userId,
      frameworkVersion: 1,
      submittedAt: at,
      cells: [{ dimension: 'leadership', audience: 'employees', level }],
    });

  const peer = async (level: number, sector: 'nonprofit' | 'public' = 'nonprofit') => {
    const user = await createUser(t().db);
    const org = await createOrganisation(t().db, { members: [{ user, role: 'admin' }] });
    if (sector !== 'nonprofit')
      await t().db.updateTable('organisations').set({ sector }).where('id', '=', org.id).execute();
    await submit(org.id, user.id, level);
    return org.id;
  };

  /** The benchmark's cell for leadership · employees, as text. */
  async function benchmark(page = url): Promise<string> {
    const res = await (await signedInClient(t(), admin)).get(page);
    assert.equal(res.status, 200);
    const section = res.body.split(`${en('assessment.peers.caption')}</caption>`)[1]!.split('</table>')[0]!;
    return section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  }

  before(async () => {
    await ensureFramework(t().db);
    admin = await createUser(t().db, { locale: 'en' });
    orgId = (await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] })).id;
    // The organisation submits twice: only its latest level is in the counts, and it is not its own peer.
    await submit(orgId, admin.id, 1, '2025-03-01T10:00:00.000Z');
    const runId = await submit(orgId, admin.id, 2);
    url = `/en/organisations/${orgId}/assessment/runs/${runId}`;
    // Another sector: never counted with these.
    const other = await createUser(t().db);
    const privateOrg = await createOrganisation(t().db, { members: [{ user: other, role: 'admin' }] });
    await t().db.updateTable('organisations').set({ sector: 'private' }).where('id', '=', privateOrg.id).execute();
    await submit(privateOrg.id, other.id, 4);
  });

  test('four other organisations: hidden, although five rows of the counts hold the cell', async () => {
    for (const level of [0, 2, 3, 3]) await peer(level);
    const counts = await t()
      .db.selectFrom('assessment_peer_counts')
      .select(['level', 'organisations'])
      .where('sector', '=', 'nonprofit')
      .where('size_band', '=', 'small')
      .where('dimension', '=', 'leadership')
      .where('audience', '=', 'employees')
      .execute();
    assert.equal(
      counts.reduce((n, c) => n + Number(c.organisations), 0),
      5,
      'the organisation itself is in the counts once',
    );
    const text = await benchmark();
    assert.ok(text.includes(en('assessment.peers.notEnough')), text);
  });

  test('five other organisations: shown, by level, without the organisation itself', async () => {
    await peer(3);
    const text = await benchmark();
    assert.ok(!text.includes(en('assessment.peers.notEnough')), text);
    assert.ok(text.includes('5 organisations:'), text);
    // Others at 0, 2, 3, 3, 3; the organisation's own level 2 (and its earlier 1) not counted.
    assert.ok(text.includes('level 0: 1 organisation'), text);
    assert.ok(text.includes('level 1: none'), text);
    assert.ok(text.includes('level 2: 1 organisation'), text);
    assert.ok(text.includes('level 3: 3 organisations'), text);
    assert.ok(text.includes('level 4: none'), 'the private organisation is another peer group');
  });

  test('five or more others all at one level: hidden, since the counts would tell each one’s level', async () => {
    // A second organisation of the same administrator, in the public sector, and its peers there.
    const publicOrg = (await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] })).id;
    await t().db.updateTable('organisations').set({ sector: 'public' }).where('id', '=', publicOrg).execute();
    const runId = await submit(publicOrg, admin.id, 2);
    const page = `/en/organisations/${publicOrg}/assessment/runs/${runId}`;
    for (let i = 0; i < 6; i++) await peer(1, 'public');
    let text = await benchmark(page);
    assert.ok(text.includes(en('assessment.peers.allAlike')), text);
    assert.ok(!text.includes('level 1: 6 organisations'), text);
    await peer(3, 'public');
    text = await benchmark(page);
    assert.ok(!text.includes(en('assessment.peers.allAlike')), text);
    assert.ok(text.includes('7 organisations:') && text.includes('level 1: 6 organisations'), text);
  });
});
