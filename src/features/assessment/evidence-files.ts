import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { readScanUpload } from '../../platform/files/scans.ts';
import { contentTypeOf, promotePending, removeStored, storePending } from '../../platform/files/storage.ts';
import * as repo from './repository-runs.ts';

// A cell's evidence file: one PDF, PNG or JPEG of at most 5 MB, its type decided by its bytes
// (a PDF by its header and end marker, an image re-encoded so that no metadata stays, as the
// campaigns' materials are: platform/files/scans.ts). Stored in the `attachments` folder under a
// random name that is never written twice, so the next run can point at the same file: a file
// is deleted only when the run that uploaded it lets go of it, never when it came from the
// previous, frozen run.

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_ACCEPT = 'application/pdf,image/png,image/jpeg';

const ERROR = {
  missing: 'assessment.run.file.error.missing',
  tooLarge: 'assessment.run.file.error.tooLarge',
  notScan: 'assessment.run.file.error.type',
} as const;

export interface StoredEvidence {
  name: string;
  filename: string;
  type: string;
  bytes: number;
}

/** The name the person's computer gave the file: only shown back to them, never a path. */
function cleanName(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/[\p{C}<>"]/gu, '')
    .trim()
    .slice(0, 100);
}

/** Checks the form's `file` and stores it (not yet attached); or the catalogue key of why not. */
export async function receiveEvidence(
  dataDir: string,
  owner: string,
  value: unknown,
): Promise<{ ok: true; file: StoredEvidence } | { ok: false; error: string }> {
  const check = await readScanUpload(value);
  if (!check.ok) return { ok: false, error: ERROR[check.reason] };
  // The scans' check also takes WebP; evidence is PDF, PNG or JPEG, which every reader opens.
  if ('info' in check.scan && check.scan.info.type === 'webp') return { ok: false, error: ERROR.notScan };
  const name = await storePending(dataDir, owner, check.scan);
  if (!(await promotePending(dataDir, owner, 'attachments', name))) return { ok: false, error: ERROR.missing };
  const filename = cleanName((value as { filename?: unknown }).filename) || name;
  return { ok: true, file: { name, filename, type: contentTypeOf(name), bytes: check.scan.data.length } };
}

/** The files of answers a draft lets go of that it uploaded itself (not inherited from the previous run). */
export async function removedFiles(
  trx: Transaction<DB>,
  run: repo.RunRow,
  answers: readonly { dimension: string; audience: string; file: string | null }[],
): Promise<string[]> {
  const withFile = answers.filter((a) => a.file !== null);
  if (withFile.length === 0) return [];
  const previous = new Set(
    (run.previous_run_id ? await repo.answersOf(trx, run.previous_run_id) : []).flatMap((a) =>
      a.file ? [a.file] : [],
    ),
  );
  return withFile.map((a) => a.file!).filter((f) => !previous.has(f));
}

/** Deletes files after the transaction that let go of them has committed. */
export async function dropFiles(dataDir: string, names: readonly string[]): Promise<void> {
  for (const name of names) await removeStored(dataDir, 'attachments', name);
}
