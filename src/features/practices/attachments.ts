import type { FastifyReply } from 'fastify';
import { readScanUpload } from '../../platform/files/scans.ts';
import {
  pendingExists,
  promotePending,
  readStored,
  removePending,
  sendStoredFile,
  storePending,
} from '../../platform/files/storage.ts';

// A practice's attachments: up to five PDFs or images, checked as the paper form's scans are
// (a PDF by its header and end marker, an image re-encoded so no metadata stays). A file chosen
// in the form waits in the person's pending folder under a random name only this form knows, so
// a form refused for another reason keeps it; a save moves it into use on the working revision.

export const MAX_ATTACHMENTS = 5;
/** The upload route lets files this large through; a larger one arrives cut off and is refused. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = 'application/pdf,image/png,image/jpeg,image/webp';
export const ATTACHMENT_PENDING_FIELD = 'attachmentPending';
export const ATTACHMENT_FILENAME_FIELD = 'attachmentFilename';

export const ATTACHMENT_ERROR = {
  tooLarge: 'practices.error.attachmentTooLarge',
  notScan: 'practices.error.attachmentType',
} as const;

export interface PendingAttachment {
  name: string;
  /** The file's name on the person's computer, only to remind them and as a first label. */
  filename: string;
}

function clean(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/[\p{C}<>]/gu, '')
    .trim()
    .slice(0, 100);
}

/**
 * Reads the form's file field: a new file replaces the one kept from an earlier submit; without
 * one, the kept one stays. A refused file gives the catalogue key of the reason.
 */
export async function receiveAttachment(
  dataDir: string,
  owner: string,
  body: Record<string, unknown>,
): Promise<{ pending: PendingAttachment | null; error: string | null }> {
  const keptName = body[ATTACHMENT_PENDING_FIELD];
  const kept =
    typeof keptName === 'string' && (await pendingExists(dataDir, owner, keptName))
      ? { name: keptName, filename: clean(body[ATTACHMENT_FILENAME_FIELD]) }
      : null;
  const check = await readScanUpload(body.attachment);
  if (!check.ok) return { pending: kept, error: check.reason === 'missing' ? null : ATTACHMENT_ERROR[check.reason] };
  const name = await storePending(dataDir, owner, check.scan);
  if (kept) await removePending(dataDir, owner, kept.name);
  const filename = clean((body.attachment as { filename?: unknown }).filename) || name;
  return { pending: { name, filename }, error: null };
}

/** Moves a pending file into use; what the revision's row needs, or null when the file is gone. */
export async function promoteAttachment(
  dataDir: string,
  owner: string,
  pending: PendingAttachment,
  label: string,
): Promise<{ file: string; kind: 'pdf' | 'image'; label: string; bytes: number } | null> {
  if (!(await promotePending(dataDir, owner, 'attachments', pending.name))) return null;
  const data = await readStored(dataDir, 'attachments', pending.name);
  if (!data) return null;
  return {
    file: pending.name,
    kind: pending.name.endsWith('.pdf') ? 'pdf' : 'image',
    label: label || pending.filename,
    bytes: data.length,
  };
}

/** A practice's attachments may sit on a revision under review: never kept by shared caches. */
export const sendFile = (reply: FastifyReply, name: string, body: Buffer): FastifyReply =>
  sendStoredFile(reply, name, body, 'private');
