import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestApp } from '../../../test/support/harness.ts';
import {
  createOrganisation,
  createUser,
  SESSION_COOKIE,
  sessionFor,
  type TestUser,
} from '../../../test/support/accounts.ts';
import { openTestCycle, signedOn } from './test-support.ts';

// Helpers for the editor's tests: a signatory that signed long ago with two administrators and a
// member, a cycle for 2025 whose window holds today (so that starting makes it "in progress"),
// addresses, and a PDF read as bytes and as text.

export const YEAR = 2025;

export interface EditorWorld {
  admin: TestUser;
  second: TestUser;
  member: TestUser;
  org: { id: string; slug: string; name: string };
}

export async function editorWorld(t: TestApp, opts: { cycle?: boolean } = {}): Promise<EditorWorld> {
  const admin = await createUser(t.db, { locale: 'en', name: 'Anna Admin' });
  const second = await createUser(t.db, { locale: 'en', name: 'Bram Tweede' });
  const member = await createUser(t.db, { locale: 'en', name: 'Mo Member' });
  const org = await createOrganisation(t.db, {
    name: 'Vzw Brug',
    members: [
      { user: admin, role: 'admin' },
      { user: second, role: 'admin' },
      { user: member, role: 'member' },
    ],
  });
  await signedOn(t.db, org.id);
  if (
    opts.cycle !== false &&
    !(await t.db.selectFrom('reporting_cycles').select('year').where('year', '=', YEAR).executeTakeFirst())
  )
    await openTestCycle(t.db, YEAR, { opensOn: '2026-01-01', dueOn: '2099-05-31', graceUntil: '2099-06-30' });
  return { admin, second, member, org };
}

export const reportsUrl = (orgId: string) => `/en/organisations/${orgId}/reports`;
export const reportUrl = (orgId: string, year = YEAR) => `${reportsUrl(orgId)}/${year}`;
export const sectionUrl = (orgId: string, n: number, year = YEAR) => `${reportUrl(orgId, year)}/sections/${n}`;

/** The version a page's form was opened at (its hidden field). */
export function versionOf(html: string): string {
  const m = html.match(/name="version" value="(\d+)"/);
  if (!m) throw new Error('no version on the page');
  return m[1]!;
}

/** A GET as `user` (or anyone), as raw bytes: a PDF. */
export async function bytesOf(t: TestApp, url: string, user?: TestUser) {
  const cookies = user ? { [SESSION_COOKIE]: await sessionFor(t.db, user.id) } : undefined;
  const res = await t.app.inject({ method: 'GET', url, cookies });
  return { status: res.statusCode, type: String(res.headers['content-type'] ?? ''), data: res.rawPayload };
}

/** Whether pdftotext (poppler-utils) is on this machine: without it the PDF's text is not read. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of a PDF, read by pdftotext (poppler-utils), or null where it is not installed. */
export function pdfText(data: Buffer): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-pdf-'));
  try {
    const file = path.join(dir, 'r.pdf');
    fs.writeFileSync(file, data);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
