// The paper route: the secretariat records a signature given on the printed form, and the
// organisation is then listed like any other (directory, profile, certificate, open data).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client, type Response } from '../../../test/support/client.ts';
import { pngImage } from '../../platform/files/test-images.ts';
import { currentVersion, textToSign } from '../charter/service.ts';
import { formatEnterpriseNumber } from '../organisations/enterprise-number.ts';
import { belgianDate } from '../../platform/i18n/format.ts';
import { erasePersonalDataPastRetention, removeErasedScans, SIGNING_RECORDS_KEPT_MS } from './retention.ts';
import { housekeeping } from '../../platform/jobs/housekeeping.ts';
import { storedPath } from '../../platform/files/storage.ts';
import { addMs, newId } from '../../platform/db/sql.ts';
import { decodeHtml, ensureCharter, newEnterpriseNumber, PAPER_PAGE, paperForm, pdfScan, SCAN, type File } from './test-support.ts';

const PAGE = PAPER_PAGE;

async function record(client: Client, fields: Record<string, string | string[]>, file: File | undefined = pdfScan()) {
  const page = await client.get(PAGE);
  assert.equal(page.status, 200, 'the secretariat opens the page');
  return client.postMultipart(PAGE, fields, Client.csrfOf(page.body), file);
}

/** The value shown in the input or textarea `name`, as a person sees it. */
function shown(body: string, name: string): string | null {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(body);
  if (input) return decodeHtml(input[1]!);
  const area = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(body);
  return area ? decodeHtml(area[1]!) : null;
}

const isChecked = (body: string, name: string, value: string) =>
  new RegExp(`<input[^>]*name="${name}"[^>]*value="${value}"[^>]*checked`).test(body);

describeEachEngine('a signature on paper', (t) => {
  let secretary: TestUser;
  before(async () => {
    await ensureCharter(t());
    secretary = await createUser(t().db, { secretariat: true, locale: 'nl' });
  });

  const count = async (table: 'organisations' | 'signatures' | 'applications') =>
    Number(
      (
        await t()
          .db.selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('is listed like any other: directory, profile with "signed on paper", certificate, CSV and JSON', async () => {
    const { db } = t();
    const client = await signedInClient(t(), secretary);
    const overview = await client.get('/nl/secretariat');
    assert.match(overview.body, /href="\/nl\/secretariat\/paper-signatures"/, 'linked from the overview');

    const fields = paperForm({ legalName: 'Papieren Brug vzw' });
    const res = await record(client, fields);
    assert.equal(res.status, 303, `recorded (got ${res.status})`);
    assert.match(res.location ?? '', /^\/nl\/secretariat\/applications\/[0-9a-f-]{36}$/);

    // What the database holds: a signature on paper with the version and the hash of the text in force.
    const org = await db
      .selectFrom('organisations')
      .selectAll()
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    assert.equal(org.status, 'signatory');
    assert.equal(org.signed_via, 'paper');
    assert.equal(org.signed_at, '2025-02-03T12:00:00.000Z');
    const signature = await db
      .selectFrom('signatures')
      .selectAll()
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    const version = await currentVersion(db);
    const text = await textToSign(db, version!.id, 'nl');
    assert.equal(signature.method, 'paper');
    assert.equal(signature.charter_version_id, version!.id);
    assert.equal(signature.text_hash, text!.sha256);
    assert.equal(signature.signer_name, 'Mieke Van Damme');
    assert.equal(signature.recorded_by, secretary.id);
    const members = await db.selectFrom('memberships').select('user_id').where('org_id', '=', org.id).execute();
    assert.deepEqual(members, [], 'the secretary does not join the organisation');
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'signing.paper_signature_recorded')
      .execute();
    assert.equal(audit.length, 1, 'one audit line');
    assert.equal(audit[0]!.actor_user_id, secretary.id);
    assert.doesNotMatch(audit[0]!.details, /Mieke|@/, 'ids, not names, in the audit details');

    // The secretariat sees the scan; it follows the redirect to the application page.
    const review = await client.get(res.location!);
    assert.match(review.body, /Op papier, geregistreerd door het secretariaat/);
    const scanHref = /href="(\/nl\/secretariat\/scans\/[0-9a-f-]{36})"/.exec(review.body)?.[1];
    assert.ok(scanHref, 'the review page links to the scan');
    const scan = await client.get(scanHref);
    assert.equal(scan.status, 200);
    assert.equal(scan.headers['content-type'], 'application/pdf');
    assert.match(String(scan.headers['content-disposition']), /^attachment/);
    assert.equal(scan.body, SCAN.toString('latin1'), 'the scan as uploaded');
    // Nobody else does, not even anonymously.
    assert.equal((await t().client().get(scanHref)).status === 200, false);
    const someone = await signedInClient(t(), await createUser(db));
    assert.equal((await someone.get(scanHref)).status, 403);

    // The directory, the profile (its history says "on paper") and the certificate.
    const directory = await t().client().get('/nl/signatories?q=Papieren');
    assert.match(directory.body, /Papieren Brug vzw/);
    const profile = await t().client().get(`/nl/signatories/${org.slug}`);
    assert.equal(profile.status, 200);
    assert.match(profile.body, /Ondertekende het charter op papier/);
    const certificate = await t().client().get(`/fr/signatories/${org.slug}/certificate`);
    assert.equal(certificate.status, 200);
    assert.match(certificate.body, /Mieke Van Damme/);

    // The open data: the CSV and JSON files and the API say how it was signed.
    const csv = await t().client().get('/api/v1/signatories.csv');
    const header = csv.body
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const line = csv.body.split('\r\n').find((l) => l.startsWith('Papieren Brug vzw,'));
    assert.ok(line, 'the organisation is in the CSV file');
    assert.equal(line.split(',')[header.indexOf('signed_via')], 'paper');
    assert.equal(line.split(',')[header.indexOf('enterprise_number')], formatEnterpriseNumber(org.enterprise_number));
    const json = JSON.parse((await t().client().get('/api/v1/signatories.json')).body) as {
      items: { name: string; signed_via: string; signed_at: string }[];
    };
    const item = json.items.find((i) => i.name === 'Papieren Brug vzw');
    assert.deepEqual(item && { via: item.signed_via, at: item.signed_at }, {
      via: 'paper',
      at: '2025-02-03T12:00:00.000Z',
    });
    const one = JSON.parse((await t().client().get(`/api/v1/signatories/${org.slug}`)).body) as {
      signed_via: string;
      history: { kind: string }[];
    };
    assert.equal(one.signed_via, 'paper');
    assert.deepEqual(
      one.history.map((h) => h.kind),
      ['signed_on_paper', 'approved'],
    );
  });

  test('validation errors keep every typed value, and nothing is stored', async () => {
    const client = await signedInClient(t(), secretary);
    const before = await count('organisations');
    const fields = paperForm({
      legalName: '',
      executiveName: 'Zoë “Zozo” <b>Dubois-Ünal</b>',
      executiveTitle: 'Directrice générale & co',
      signedOn: '31/02/2025',
      website: 'niet een adres',
    });
    const res = await record(client, fields, {
      field: 'scan',
      name: 'notes.txt',
      type: 'text/plain',
      data: Buffer.from('hello'),
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /Typ een datum, bijvoorbeeld 14\/03\/2026/);
    assert.match(res.body, /geen pdf of afbeelding die we kunnen lezen/);
    for (const name of ['enterpriseNumber', 'executiveName', 'executiveTitle', 'signedOn', 'website', 'description_nl'])
      assert.equal(shown(res.body, name), fields[name], `${name} is kept`);
    assert.ok(isChecked(res.body, 'sector', 'nonprofit') && isChecked(res.body, 'regions', 'flanders'));
    assert.ok(isChecked(res.body, 'formLang', 'nl'));
    assert.match(res.body, /<option value="1" selected/);
    assert.doesNotMatch(res.body, /<b>Dubois/, 'typed markup is escaped');
    assert.equal(await count('organisations'), before);

    // A good scan with a bad form is kept for the next try; the form then goes through without choosing it again.
    const second = await record(client, paperForm({ ...fields, legalName: '', signedOn: '03/02/2025' }), {
      field: 'scan',
      name: 'scan.png',
      type: 'image/png',
      data: pngImage(40, 60),
    });
    assert.equal(second.status, 400);
    assert.match(second.body, /We bewaren scan\.png/);
    const pending = /name="scanPending" value="([a-f0-9]{32}\.png)"/.exec(second.body)?.[1];
    assert.ok(pending);
    const third = await client.postMultipart(
      PAGE,
      {
        ...paperForm({
          ...fields,
          legalName: 'Bewaarde Scan vzw',
          website: '',
          executiveName: 'Zoë Dubois-Ünal',
          signedOn: '2025-02-03',
        }),
        scanPending: pending,
        scanLabel: 'scan.png',
      },
      Client.csrfOf(second.body),
    );
    assert.equal(
      third.status,
      303,
      `recorded with the kept scan: ${/error-summary[\s\S]*?<\/ul>/.exec(third.body)?.[0]}`,
    );
  });

  test('a date in the future, or before the version was in force, is refused', async () => {
    const client = await signedInClient(t(), secretary);
    const before = await count('signatures');
    const tomorrow = new Date(Date.parse(`${belgianDate()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await record(client, paperForm({ signedOn: tomorrow }));
    assert.equal(future.status, 400);
    assert.match(future.body, /Deze datum ligt in de toekomst/);
    assert.equal(shown(future.body, 'signedOn'), tomorrow);
    // Version 1 came into force on 14 September 2021.
    const early = await record(client, paperForm({ signedOn: '13/09/2021' }));
    assert.equal(early.status, 400);
    assert.match(early.body, /versie 1 van het Charter nog niet van kracht/);
    const unknown = await record(client, paperForm({ charterVersion: '9' }));
    assert.equal(unknown.status, 400);
    assert.match(unknown.body, /Kies de versie van het Charter/);
    assert.equal(await count('signatures'), before);
  });

  test('a second signature for a signatory is refused clearly; a withdrawn organisation is reused', async () => {
    const { db } = t();
    const client = await signedInClient(t(), secretary);
    const number = newEnterpriseNumber();
    assert.equal((await record(client, paperForm({ enterpriseNumber: number, legalName: 'Eenmaal vzw' }))).status, 303);
    const before = { orgs: await count('organisations'), sigs: await count('signatures') };
    const again: Response = await record(client, paperForm({ enterpriseNumber: number, legalName: 'Eenmaal vzw' }));
    assert.equal(again.status, 400);
    assert.match(again.body, /Deze organisatie heeft het Charter al ondertekend\. Een tweede ondertekening kan niet\./);
    assert.match(again.body, /Eenmaal vzw heeft het Charter al ondertekend/);
    assert.match(again.body, /href="\/nl\/signatories\/eenmaal-vzw"/);
    assert.deepEqual({ orgs: await count('organisations'), sigs: await count('signatures') }, before);

    const withdrawn = await createOrganisation(db, {
      name: 'Teruggekeerd vzw',
      status: 'withdrawn',
      enterpriseNumber: newEnterpriseNumber(),
    });
    const row = await db
      .selectFrom('organisations')
      .select('enterprise_number')
      .where('id', '=', withdrawn.id)
      .executeTakeFirstOrThrow();
    const back = await record(
      client,
      paperForm({ enterpriseNumber: row.enterprise_number, legalName: 'Teruggekeerd vzw' }),
    );
    assert.equal(back.status, 303, /error-summary[\s\S]*?<\/ul>/.exec(back.body)?.[0]);
    const reused = await db
      .selectFrom('organisations')
      .select(['id', 'status'])
      .where('enterprise_number', '=', row.enterprise_number)
      .execute();
    assert.deepEqual(reused, [{ id: withdrawn.id, status: 'signatory' }], 'the same row, a signatory again');
  });

  test('a secretariat account cannot record a signature for an organisation it belongs to', async () => {
    const { db } = t();
    const insider = await createUser(db, { secretariat: true, locale: 'nl' });
    const own = await createOrganisation(db, {
      name: 'Eigen Huis vzw',
      status: 'withdrawn',
      enterpriseNumber: newEnterpriseNumber(),
      members: [{ user: insider, role: 'member' }],
    });
    const { enterprise_number } = await db
      .selectFrom('organisations')
      .select('enterprise_number')
      .where('id', '=', own.id)
      .executeTakeFirstOrThrow();
    const before = await count('signatures');
    const res = await record(
      await signedInClient(t(), insider),
      paperForm({ enterpriseNumber: enterprise_number, legalName: 'Eigen Huis vzw' }),
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /U kunt niet over deze aanvraag beslissen\. U bent lid van deze organisatie/);
    assert.equal(await count('signatures'), before, 'nothing was recorded');
    const status = await db.selectFrom('organisations').select('status').where('id', '=', own.id).executeTakeFirstOrThrow();
    assert.equal(status.status, 'withdrawn');
  });

  test('the OpenAPI description says how a signature was given', async () => {
    const doc = JSON.parse((await t().client().get('/api/openapi.json')).body) as {
      components: {
        schemas: Record<string, { properties: Record<string, { enum?: string[]; description?: string }> }>;
      };
    };
    const field = doc.components.schemas.Signatory!.properties.signed_via!;
    assert.deepEqual(field.enum, ['online', 'paper']);
    assert.match(field.description ?? '', /paper form/);
  });

  test('five years after the organisation left, the scan goes with the signer’s name', async () => {
    const { db } = t();
    const client = await signedInClient(t(), secretary);
    const fields = paperForm({ legalName: 'Vertrokken vzw' });
    const res = await record(client, fields);
    assert.equal(res.status, 303);
    const org = await db
      .selectFrom('organisations')
      .select('id')
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    const left = '2026-01-05T10:00:00.000Z';
    await db.updateTable('organisations').set({ status: 'withdrawn' }).where('id', '=', org.id).execute();
    await db
      .insertInto('organisation_events')
      .values({ id: newId(), org_id: org.id, at: left, kind: 'withdrawn', note: null, charter_version: 1 })
      .execute();
    const review = await client.get(res.location!);
    const scanHref = /href="(\/nl\/secretariat\/scans\/[0-9a-f-]{36})"/.exec(review.body)![1]!;
    assert.equal((await client.get(scanHref)).status, 200);
    const scanOf = () =>
      db.selectFrom('signatures').select(['signer_name', 'scan_file']).where('org_id', '=', org.id).executeTakeFirstOrThrow();
    const { scan_file: file } = await scanOf();
    const onDisk = storedPath(t().config.dataDir, 'scans', file!);
    assert.ok(existsSync(onDisk));

    await erasePersonalDataPastRetention(db, addMs(left, SIGNING_RECORDS_KEPT_MS + 86_400_000));
    assert.equal((await scanOf()).signer_name, '');
    // Erased: no longer served, even before housekeeping deletes the file.
    assert.equal((await client.get(scanHref)).status, 404);

    // Housekeeping deletes the file, then forgets its name; a second run has nothing to do.
    await housekeeping(db, t().registry, t().config);
    assert.deepEqual(await scanOf(), { signer_name: '', scan_file: null });
    assert.equal(existsSync(onDisk), false);
    assert.equal(await removeErasedScans(db, t().config.dataDir), 0);
    assert.equal((await client.get(scanHref)).status, 404);
  });

  test('only the secretariat may open or send the page', async () => {
    const { db } = t();
    const member = await createUser(db);
    await createOrganisation(db, { members: [{ user: member, role: 'admin' }] });
    const before = await count('organisations');
    for (const user of [member, await createUser(db, { verified: false })]) {
      const client = await signedInClient(t(), user);
      assert.equal((await client.get(PAGE)).status, 403);
      const home = await client.get('/nl/account');
      const res = await client.postMultipart(PAGE, paperForm(), Client.csrfOf(home.body), pdfScan());
      assert.equal(res.status, 403);
    }
    const anonymous = await t().client().get(PAGE);
    assert.notEqual(anonymous.status, 200);
    assert.equal(await count('organisations'), before);
  });
});
