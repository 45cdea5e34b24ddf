// Helpers for the signing tests: a valid application, sending it like a browser, and reading
// what the database and the mails hold.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { TestApp } from '../../../test/support/harness.ts';
import type { Client, Response } from '../../../test/support/client.ts';
import { Client as ClientClass } from '../../../test/support/client.ts';
import { newEnterpriseNumber } from '../../../test/support/enterprise-numbers.ts';
import { prepareCharter } from '../charter/service.ts';

export { newEnterpriseNumber };

export function validApplication(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    enterpriseNumber: newEnterpriseNumber(),
    legalName: 'Digitaal Samen vzw',
    sector: 'nonprofit',
    sizeBand: 'small',
    regions: ['brussels', 'flanders'],
    languages: ['nl', 'fr'],
    website: 'www.digitaalsamen.be',
    description_nl: 'Wij helpen mensen met hun eerste stappen online.',
    description_fr: '',
    description_de: '',
    description_en: '',
    executiveName: 'An Peeters',
    executiveTitle: 'Voorzitter',
    executiveEmail: 'an.peeters@example.be',
    executiveLang: 'nl',
    invitedBy: '',
    ...overrides,
  };
}

export async function ensureCharter(t: TestApp): Promise<void> {
  await prepareCharter(t.db);
}

/** Opens the form, then sends it as multipart, as a browser does; `action` is send or save. */
export async function submitApplication(
  client: Client,
  fields: Record<string, string | string[]>,
  opts: {
    lang?: string;
    action?: 'send' | 'save';
    file?: { field: string; name: string; type: string; data: Buffer };
  } = {},
): Promise<Response> {
  const lang = opts.lang ?? 'nl';
  const page = await client.get(`/${lang}/sign/apply`);
  assert.equal(page.status, 200, 'the application form opens');
  const csrf = ClientClass.csrfOf(page.body);
  return client.postMultipart(`/${lang}/sign/apply`, { ...fields, action: opts.action ?? 'send' }, csrf, opts.file);
}

/** The token at the end of the executive's link in the newest mail to `to`. */
export async function executiveLink(
  t: TestApp,
  to: string,
): Promise<{ url: string; path: string; token: string; text: string }> {
  const mails = (await t.mails()).filter((m) => m.to.includes(to));
  const mail = mails[mails.length - 1];
  assert.ok(mail, `a mail to ${to}`);
  const url = mail.links.find((l) => l.includes('/sign/confirm/'));
  assert.ok(url, 'the mail holds the personal link');
  const path = new URL(url).pathname;
  return { url, path, token: path.split('/').pop()!, text: mail.text };
}

export async function countRows(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'organisations',
    'applications',
    'signatures',
    'memberships',
    'organisation_events',
    'organisation_regions',
    'organisation_descriptions',
  ] as const) {
    const row = await t.db
      .selectFrom(table)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** The application id from the redirect after sending. */
export function applicationIdFrom(res: Response): string {
  assert.equal(res.status, 303, `a redirect after sending (got ${res.status})`);
  const m = (res.location ?? '').match(/\/sign\/applications\/([0-9a-f-]{36})$/);
  assert.ok(m, `redirected to the application page: ${res.location}`);
  return m[1]!;
}

/** Unescapes the few entities Preact writes, to compare page text with what was typed. */
export function decodeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The secretariat's page that records a signature on paper. */
export const PAPER_PAGE = '/nl/secretariat/paper-signatures';
/** The smallest PDF the scan check accepts. */
export const SCAN = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** A valid paper form, as the secretariat types it from the signed page. */
export function paperForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    enterpriseNumber: newEnterpriseNumber(),
    legalName: 'Papieren Brug vzw',
    sector: 'nonprofit',
    sizeBand: 'micro',
    regions: ['flanders'],
    languages: ['nl'],
    website: 'papierenbrug.be',
    description_nl: 'Wij helpen ouderen met hun eerste stappen online, in de bibliotheek van Gent.',
    description_fr: '',
    description_de: '',
    description_en: '',
    invitedBy: '',
    executiveName: 'Mieke Van Damme',
    executiveTitle: 'Voorzitter',
    signedOn: '03/02/2025',
    charterVersion: '1',
    formLang: 'nl',
    ...overrides,
  };
}

export type File = { field: string; name: string; type: string; data: Buffer };
export const pdfScan = (data = SCAN): File => ({ field: 'scan', name: 'formulier.pdf', type: 'application/pdf', data });
