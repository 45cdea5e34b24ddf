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

// A campaign's files: a poster or a leaflet as a PDF, PNG or JPEG, decided by the bytes (a PDF by
// its header and end marker, an image re-encoded so no metadata stays: platform/files/scans.ts).
// They are stored as a practice's attachments are (folder `attachments`, a random name); a file
// chosen in a form that is refused for another reason waits in the person's pending folder.

/** The upload route lets files this large through; a larger one arrives cut off and is refused. */
export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;
export const MATERIAL_ACCEPT = 'application/pdf,image/png,image/jpeg';
export const PENDING_FIELD = 'filePending';

const ERROR = {
  tooLarge: 'campaigns.error.fileTooLarge',
  notScan: 'campaigns.error.fileType',
} as const;

export interface PendingFile {
  name: string;
}

/** Reads the form's file: a new one replaces the kept one; without one, the kept one stays. */
export async function receiveMaterial(
  dataDir: string,
  owner: string,
  body: Record<string, unknown>,
): Promise<{ pending: PendingFile | null; error: string | null }> {
  const keptName = body[PENDING_FIELD];
  const kept =
    typeof keptName === 'string' && (await pendingExists(dataDir, owner, keptName)) ? { name: keptName } : null;
  const check = await readScanUpload(body.file);
  if (!check.ok) return { pending: kept, error: check.reason === 'missing' ? null : ERROR[check.reason] };
  // The scans' check also takes WebP images; a campaign's materials are PDF, PNG or JPEG only.
  if ('info' in check.scan && check.scan.info.type === 'webp') return { pending: kept, error: ERROR.notScan };
  const name = await storePending(dataDir, owner, check.scan);
  if (kept) await removePending(dataDir, owner, kept.name);
  return { pending: { name }, error: null };
}

/** Moves a pending file into use; its size, or null when it is gone. */
export async function promoteMaterial(
  dataDir: string,
  owner: string,
  pending: PendingFile,
): Promise<{ name: string; bytes: number } | null> {
  if (!(await promotePending(dataDir, owner, 'attachments', pending.name))) return null;
  const data = await readStored(dataDir, 'attachments', pending.name);
  return data ? { name: pending.name, bytes: data.length } : null;
}

/** A campaign's files are public: sent as every stored upload is (platform/files/storage.ts). */
export const sendMaterial = (reply: FastifyReply, name: string, body: Buffer): FastifyReply =>
  sendStoredFile(reply, name, body, 'public');
