import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import {
  createOrganisation,
  createUser,
  sessionFor,
  signedInClient,
  SESSION_COOKIE,
  type TestUser,
} from '../../../test/support/accounts.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import type { Framework } from './framework.ts';
import { ensureFramework } from './results-test-support.ts';
import { insertDraftRun, insertSubmittedRun } from './seed-runs.ts';

// A submitted run's results as its organisation's members read them: levels with descriptors,
// the change since the previous run, the chart and its table, next steps; the PDF and the CSV;
// who else may read (nobody, the secretariat while shared); a draft goes to its check page.

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'results-pdf-'));
  const file = path.join(dir, 'results.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeEachEngine('assessment: results', (t) => {
  let admin: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let secretariat: TestUser;
  let org: { id: string; name: string };
  let framework: Framework;
  let runId: string;
  let url: string;
  const en = translator('en');

  before(async () => {
    const db = t().db;
    framework = await ensureFramework(db);
    admin = await createUser(db, { locale: 'en' });
    member = await createUser(db, { locale: 'en' });
    outsider = await createUser(db, { locale: 'en' });
    secretariat = await createUser(db, { secretariat: true });
    org = await createOrganisation(db, {
      name: 'Buurtwerk De Brug vzw',
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    await createOrganisation(db, { members: [{ user: outsider, role: 'admin' }] });
    const base = { orgId: org.id, userId: admin.id, frameworkVersion: 1 };
    await insertSubmittedRun(db, {
      ...base,
      submittedAt: '2025-05-10T10:00:00.000Z',
      cells: [
        { dimension: 'leadership', audience: 'employees', level: 1 },
        { dimension: 'access', audience: 'customers', level: 3 },
      ],
    });
    runId = await insertSubmittedRun(db, {
      ...base,
      submittedAt: '2026-05-12T10:00:00.000Z',
      cells: [
        {
          dimension: 'leadership',
          audience: 'employees',
          level: 2,
          evidence: '=HYPERLINK("x")',
          plan: 'Train the team',
        },
        { dimension: 'access', audience: 'customers', level: 3 },
        { dimension: 'skills', audience: 'employees', level: 0 },
      ],
    });
    url = `/en/organisations/${org.id}/assessment/runs/${runId}`;
  });

  const descriptor = (dim: string, audience: 'employees' | 'customers', level: number) =>
    framework.content.dimensions.find((d) => d.key === dim)!.cells[audience].levels[level]!.descriptor.en;

  test('a member sees each level with its descriptor, the change, the chart and its table, and no total', async () => {
    const res = await (await signedInClient(t(), member)).get(url);
    assert.equal(res.status, 200);
    const body = res.body;
    assert.match(body, /<svg[^>]*role="img"[^>]*aria-labelledby="results-chart-title results-chart-desc"/);
    assert.ok(body.includes(en('assessment.results.noTotal')));
    assert.ok(body.includes(descriptor('leadership', 'employees', 2)), 'the level’s descriptor');
    assert.ok(body.includes('<th scope="col">Change</th>'));
    // Leadership went from 1 to 2, access stayed at 3, skills is new.
    const rows = [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '|'));
    const leadership = rows.find((r) => r.includes('Dimension leadership') || r.includes('Leadership'))!;
    assert.match(leadership, /2 – Written policy.*1 – Ad hoc.*Up/s);
    assert.ok(rows.some((r) => /3 – Measured.*3 – Measured.*Same/s.test(r)));
    assert.ok(rows.some((r) => /0 – None.*Not assessed before.*New/s.test(r)));
    // Next steps: under level 3 only, with the next level's descriptor.
    assert.ok(body.includes(descriptor('leadership', 'employees', 3)));
    assert.ok(body.includes(descriptor('skills', 'employees', 1)));
    assert.ok(!body.includes(descriptor('access', 'customers', 4)), 'no next step at level 3');
    assert.ok(body.includes(en('assessment.share.membersOnly')));
    assert.ok(!body.includes(en('assessment.share.start')), 'a member has no share button');
  });

  test('other organisations and the secretariat get 404 until the run is shared; a draft goes to its check page', async () => {
    assert.equal((await (await signedInClient(t(), outsider)).get(url)).status, 404);
    const secr = await signedInClient(t(), secretariat);
    assert.equal((await secr.get(url)).status, 404);
    assert.equal((await secr.get(`${url}/results.pdf`)).status, 404);
    assert.equal((await t().client().get(url)).status, 303, 'anonymous: to sign in');

    const adminClient = await signedInClient(t(), admin);
    const page = await adminClient.get(url);
    assert.ok(page.body.includes(en('assessment.share.start')));
    const shared = await adminClient.submit(url, {}, `${url}/share`);
    assert.equal(shared.status, 303);
    const seen = await secr.get(url);
    assert.equal(seen.status, 200);
    assert.ok(seen.body.includes('Buurtwerk De Brug vzw'));
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', runId).execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['assessment.run_shared'],
    );
    await adminClient.submit(url, {}, `${url}/share`);
    assert.equal((await secr.get(url)).status, 404, 'no longer shared');

    const draft = await insertDraftRun(t().db, {
      orgId: org.id,
      userId: admin.id,
      frameworkVersion: 1,
      submittedAt: '2026-11-01T10:00:00.000Z',
      cells: [{ dimension: 'access', audience: 'employees', level: 2 }],
    });
    const toCheck = await (
      await signedInClient(t(), member)
    ).get(`/en/organisations/${org.id}/assessment/runs/${draft}`);
    assert.equal(toCheck.status, 303);
    assert.equal(toCheck.location, `/en/organisations/${org.id}/assessment/runs/${draft}/check`);
  });

  test('the PDF holds the organisation’s name, the date and the levels; the CSV one neutralised row per cell', async () => {
    const client = await signedInClient(t(), member);
    const cookies = { [SESSION_COOKIE]: await sessionFor(t().db, member.id) };
    const download = (path: string) => t().app.inject({ method: 'GET', url: path, cookies });
    const pdf = await download(`${url}/results.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.match(String(pdf.headers['content-type']), /application\/pdf/);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    assert.ok(text.includes('Buurtwerk De Brug vzw'));
    assert.ok(text.includes('12 May 2026'));
    for (const level of ['2 – Written policy', '3 – Measured', '0 – None']) assert.ok(text.includes(level), level);
    const fr = pdfText((await download(url.replace('/en/', '/fr/') + '/results.pdf')).rawPayload);
    assert.ok(fr.includes('Politique écrite'), 'in the reader’s language');

    const csv = await client.get(`${url}/results.csv`);
    assert.equal(csv.status, 200);
    assert.ok(
      csv.body.startsWith('\uFEFFdimension,audience,level,level_name,previous_level,change,evidence,links,plan\r\n'),
    );
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines.length, 4);
    assert.ok(lines.includes(`leadership,employees,2,Written policy,1,up,"'=HYPERLINK(""x"")",,Train the team`));
  });
});
