import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { newId } from '../../platform/db/sql.ts';
import type { Sector, SizeBand } from '../organisations/vocabulary.ts';
import { recordSubmission } from './aggregates.ts';
import { dimensionOf, type Framework } from './framework.ts';
import { SHARED_PAGE_SIZE } from './service-secretariat.ts';
import { frameworkForTests } from './test-secretariat.ts';

// The secretariat's overview: submissions per year, the national distribution of latest levels
// (a cell answered by four organisations stays hidden, by five it is shown, summed over sectors
// and size bands), and the runs organisations shared, with their names, and only those.

describeEachEngine('assessment: the secretariat sees figures and shared runs', (t) => {
  let client: Client;
  let framework: Framework;
  let leadership: string;
  const url = '/en/secretariat/assessment';

  before(async () => {
    framework = await frameworkForTests(t().db);
    leadership = dimensionOf(framework, 'leadership')!.title.en;
    client = await signedInClient(t(), await createUser(t().db, { secretariat: true }));
  });

  /** A submitted run of a new organisation, counted as submit counts it. */
  async function submitted(opts: {
    name: string;
    level: number;
    sector: Sector;
    sizeBand: SizeBand;
    year?: number;
    sharedAt?: string;
  }): Promise<{ orgId: string; runId: string }> {
    const { db } = t();
    const admin = await createUser(db);
    const org = await createOrganisation(db, { name: opts.name, members: [{ user: admin, role: 'admin' }] });
    const runId = newId();
    const at = `${opts.year ?? 2026}-03-01T10:00:00.000Z`;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('assessment_runs')
        .values({
          id: runId,
          org_id: org.id,
          framework_version: framework.version,
          status: 'submitted',
          previous_run_id: null,
          started_by: admin.id,
          started_at: at,
          updated_at: at,
          submitted_by: admin.id,
          submitted_at: at,
          year: opts.year ?? 2026,
          dimension_count: 1,
          cell_count: 2,
          shared_at: opts.sharedAt ?? null,
          shared_by: opts.sharedAt ? admin.id : null,
        })
        .execute();
      await recordSubmission(trx, {
        orgId: org.id,
        runId,
        year: opts.year ?? 2026,
        submittedAt: at,
        sector: opts.sector,
        sizeBand: opts.sizeBand,
        cells: [
          { dimension: 'leadership', audience: 'employees', level: opts.level },
          { dimension: 'leadership', audience: 'customers', level: 1 },
        ],
      });
    });
    return { orgId: org.id, runId };
  }

  /** The cells of a dimension's row in the table of one audience, as a person reads them. */
  async function nationalRow(audience: string): Promise<string[]> {
    const body = (await client.get(url)).body;
    const table = body.split('<table').find((part) => part.includes(`>Latest levels: ${audience}</caption>`));
    assert.ok(table, `a table for ${audience}`);
    const row = table.split('<tr>').find((r) => r.startsWith(`<th scope="row">${leadership}</th>`));
    assert.ok(row, `a row for ${leadership}`);
    return [...row.matchAll(/<td class="numeric">([^<]*)<\/td>/g)].map((m) => m[1]!);
  }

  test('before any submission, the page says so', async () => {
    const res = await client.get(url);
    assert.equal(res.status, 200);
    assert.match(res.body, /No organisation has submitted an assessment yet\./);
    assert.match(res.body, /At the moment, no organisation shares an assessment with you\./);
    assert.deepEqual(await nationalRow('Employees'), ['–', '–', '–', '–', '–', 'Fewer than 5: not shown']);
    assert.equal(res.body.includes('<svg'), false, 'no chart while every row is hidden');
  });

  test('a cell answered by four organisations stays hidden; the fifth shows it, summed over sectors and sizes', async () => {
    await submitted({ name: 'Eerste vzw', level: 2, sector: 'nonprofit', sizeBand: 'small' });
    await submitted({ name: 'Deuxième SA', level: 2, sector: 'private', sizeBand: 'large' });
    await submitted({ name: 'Dritte Gemeinde', level: 3, sector: 'public', sizeBand: 'medium' });
    await submitted({ name: 'Fourth Ltd', level: 0, sector: 'private', sizeBand: 'micro', year: 2025 });
    assert.deepEqual(await nationalRow('Employees'), ['–', '–', '–', '–', '–', 'Fewer than 5: not shown']);

    await submitted({ name: 'Vijfde bv', level: 4, sector: 'nonprofit', sizeBand: 'small' });
    assert.deepEqual(await nationalRow('Employees'), ['1', '0', '2', '1', '1', '5']);
    assert.deepEqual(await nationalRow('Customers and users'), ['0', '5', '0', '0', '0', '5']);
    // Nobody answered for the community: hidden, whatever else is shown.
    assert.deepEqual(await nationalRow('Beneficiaries and community'), [
      '–',
      '–',
      '–',
      '–',
      '–',
      'Fewer than 5: not shown',
    ]);

    // Submissions per year, from the yearly counts: four in 2026 and one in 2025.
    const body = (await client.get(url)).body;
    // The charts say the same: one for each audience with a row shown, named, none for the community.
    assert.match(body, /<svg class="chart" role="img" aria-labelledby="chart-employees"/);
    assert.match(body, /<title id="chart-employees">Latest levels for Employees, as a chart\./);
    assert.match(body, new RegExp(`>${leadership} \\(5 organisations answered\\)</text>`));
    assert.equal(body.includes('chart-community'), false);
    assert.match(body, /<th scope="row">2026<\/th><td class="numeric">4<\/td><td class="numeric">4<\/td>/);
    assert.match(body, /<th scope="row">2025<\/th><td class="numeric">1<\/td><td class="numeric">1<\/td>/);
  });

  test('the shared runs list shows the shared runs only, newest first, with names and links, a page at a time', async () => {
    const early = await submitted({
      name: 'Gedeeld Eerst',
      level: 1,
      sector: 'public',
      sizeBand: 'large',
      sharedAt: '2026-04-01T08:00:00.000Z',
    });
    const late = await submitted({
      name: 'Partagé Ensuite',
      level: 1,
      sector: 'public',
      sizeBand: 'large',
      sharedAt: '2026-05-01T08:00:00.000Z',
    });
    const body = (await client.get(url)).body;
    const section = body.slice(body.indexOf('id="shared"'));
    assert.match(
      section,
      new RegExp(`href="/en/organisations/${late.orgId}/assessment/runs/${late.runId}">Partagé Ensuite</a>`),
    );
    assert.match(
      section,
      new RegExp(`href="/en/organisations/${early.orgId}/assessment/runs/${early.runId}">Gedeeld Eerst</a>`),
    );
    assert.ok(section.indexOf('Partagé Ensuite') < section.indexOf('Gedeeld Eerst'), 'the latest shared first');
    for (const unshared of ['Eerste vzw', 'Deuxième SA', 'Dritte Gemeinde', 'Fourth Ltd', 'Vijfde bv'])
      assert.equal(section.includes(unshared), false, `${unshared} did not share its run`);
    assert.equal(section.includes('rel="next"'), false, 'two runs fit on one page');

    // More than a page: the next page goes on where the first stopped, with no run twice.
    for (let i = 0; i < SHARED_PAGE_SIZE; i++)
      await submitted({
        name: `Gedeeld ${String(i).padStart(2, '0')}`,
        level: 1,
        sector: 'private',
        sizeBand: 'small',
        sharedAt: `2026-06-01T08:00:${String(i).padStart(2, '0')}.000Z`,
      });
    const first = (await client.get(url)).body;
    const next = /href="([^"]+)" rel="next"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(next, 'a link to the next page');
    const second = (await client.get(next)).body;
    const names = (page: string) =>
      [...page.slice(page.indexOf('id="shared"')).matchAll(/\/assessment\/runs\/[^"]+">([^<]+)<\/a>/g)].map(
        (m) => m[1]!,
      );
    assert.equal(names(first).length, SHARED_PAGE_SIZE);
    assert.equal(names(first)[0], `Gedeeld ${String(SHARED_PAGE_SIZE - 1).padStart(2, '0')}`);
    assert.equal(names(first).at(-1), 'Gedeeld 00');
    assert.deepEqual(names(second), ['Partagé Ensuite', 'Gedeeld Eerst']);
    // A cursor that is not one of ours shows the first page, never an error.
    assert.equal((await client.get(`${url}?after=%27%3B--`)).status, 200);
  });

  test("the secretariat's overview links here", async () => {
    assert.match((await client.get('/en/secretariat')).body, /href="\/en\/secretariat\/assessment">Self-assessment</);
  });

  test('someone outside the secretariat gets 403', async () => {
    const member = await signedInClient(t(), await createUser(t().db));
    assert.equal((await member.get(url)).status, 403);
    assert.equal((await t().client().get(url)).status, 303, 'anonymous: sent to sign in');
  });
});
