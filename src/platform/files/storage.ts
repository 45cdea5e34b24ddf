import fs from 'node:fs/promises';
import type { FastifyReply } from 'fastify';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { IMAGE_CONTENT_TYPE, IMAGE_EXTENSION, type CleanImage } from './images.ts';

// Uploads live in $DATA_DIR/uploads/<folder>/ under random names, so several app processes
// can share the folder and a name never points at different content over time.
//
// pending/<owner>/  images chosen in a form that is not finished yet (a validation error, a
//                   draft), one folder per person: never served, only their owner can attach
//                   them, at most MAX_PENDING_PER_OWNER each, swept after PENDING_DAYS.
// logos/            images in use, served by GET /media/logos/:file.
// scans/            scans of signed paper forms (a checked PDF, or a re-encoded image); served only
//                   to the secretariat.
// attachments/      a practice's attachments (checked PDFs, re-encoded images); the practices
//                   feature serves them to those who may read the revision they belong to.
//
// Only re-encoded images (CleanImage, see images.ts) and checked PDFs (scans.ts) can be written:
// no image metadata is ever stored.

export type Folder = 'pending' | 'logos' | 'scans' | 'attachments';

/**
 * A PDF that scans.ts checked (header and end marker). It is kept as sent: it is the signed
 * document itself, shown only to the secretariat.
 */
export interface CheckedPdf {
  data: Buffer;
  readonly pdf: true;
}

/** What may be written to disk. */
export type Storable = CleanImage | CheckedPdf;

const NAME = /^[a-f0-9]{32}\.(png|jpg|webp|pdf)$/;
const OWNER_DIR = /^[a-f0-9]{32}$/;
const PENDING_DAYS = 7;
/** Files one person may have waiting; a new one beyond this pushes out their oldest. */
export const MAX_PENDING_PER_OWNER = 5;
const SWEEP_EVERY_MS = 3600_000;
let lastSweep = 0;

/** True for names this module makes; anything else (../, %2e, a slash) is refused before touching the disk. */
export function isStoredName(name: unknown): name is string {
  return typeof name === 'string' && NAME.test(name);
}

/**
 * Sends a stored upload so that it can never act as a page of the site: its own type, no
 * sniffing, a sandbox CSP, a PDF as a download. `cache`: 'public' for files anyone may read,
 * 'private' for those behind a permission.
 */
export function sendStoredFile(
  reply: FastifyReply,
  name: string,
  body: Buffer,
  cache: 'public' | 'private',
): FastifyReply {
  reply.header('cache-control', cache === 'public' ? 'public, max-age=3600' : 'private, no-store');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', "default-src 'none'; sandbox");
  reply.header('content-disposition', `${name.endsWith('.pdf') ? 'attachment' : 'inline'}; filename="${name}"`);
  return reply.type(contentTypeOf(name)).send(body);
}

export function contentTypeOf(name: string): string {
  const ext = path.extname(name).slice(1);
  if (ext === 'pdf') return 'application/pdf';
  return ext === 'png' ? IMAGE_CONTENT_TYPE.png : ext === 'jpg' ? IMAGE_CONTENT_TYPE.jpeg : IMAGE_CONTENT_TYPE.webp;
}

function folderPath(dataDir: string, folder: Folder): string {
  return path.join(dataDir, 'uploads', folder);
}

/** The owner's pending folder: named by a hash of their id, so any id makes a safe folder name. */
function pendingPath(dataDir: string, owner: string): string {
  const dir = createHash('sha256').update(`pending:${owner}`).digest('hex').slice(0, 32);
  return path.join(folderPath(dataDir, 'pending'), dir);
}

export function storedPath(dataDir: string, folder: Exclude<Folder, 'pending'>, name: string): string {
  if (!isStoredName(name)) throw new Error('not a stored file name');
  return path.join(folderPath(dataDir, folder), name);
}

async function writeNew(dir: string, file: Storable): Promise<string> {
  const isPdf = 'pdf' in file && file.pdf === true;
  if (!isPdf && (file as CleanImage).clean !== true)
    throw new Error('only re-encoded images and checked PDFs are stored');
  await fs.mkdir(dir, { recursive: true });
  const extension = isPdf ? 'pdf' : IMAGE_EXTENSION[(file as CleanImage).info.type];
  const name = `${randomBytes(16).toString('hex')}.${extension}`;
  await fs.writeFile(path.join(dir, name), file.data, { flag: 'wx' });
  return name;
}

/** Writes an image in use under a new random name and returns the name. */
export async function storeImage(
  dataDir: string,
  folder: Exclude<Folder, 'pending'>,
  image: CleanImage,
): Promise<string> {
  return writeNew(folderPath(dataDir, folder), image);
}

/**
 * Sets an image aside for `owner` (a user id) until their form is sent. Past
 * MAX_PENDING_PER_OWNER the oldest go: one person cannot fill the disk by failing a form again
 * and again, and a form that still points at a file gone asks for it again.
 */
export async function storePending(dataDir: string, owner: string, file: Storable): Promise<string> {
  const dir = pendingPath(dataDir, owner);
  const name = await writeNew(dir, file);
  const files = await Promise.all(
    (await fs.readdir(dir)).filter(isStoredName).map(async (file) => {
      const stat = await fs.stat(path.join(dir, file)).catch(() => null);
      return { file, at: file === name ? Infinity : (stat?.mtimeMs ?? 0) };
    }),
  );
  files.sort((a, b) => b.at - a.at);
  for (const { file } of files.slice(MAX_PENDING_PER_OWNER)) await fs.rm(path.join(dir, file), { force: true });
  void sweepPending(dataDir);
  return name;
}

/** True if `owner` has a pending file of that name (a name from a form proves nothing else). */
export async function pendingExists(dataDir: string, owner: string, name: unknown): Promise<boolean> {
  if (!isStoredName(name)) return false;
  try {
    return (await fs.stat(path.join(pendingPath(dataDir, owner), name))).isFile();
  } catch {
    return false;
  }
}

/** Moves one of `owner`'s pending images into a folder in use; the name stays the same. False if it is gone. */
export async function promotePending(
  dataDir: string,
  owner: string,
  to: Exclude<Folder, 'pending'>,
  name: string,
): Promise<boolean> {
  if (!isStoredName(name)) return false;
  await fs.mkdir(folderPath(dataDir, to), { recursive: true });
  try {
    await fs.rename(path.join(pendingPath(dataDir, owner), name), storedPath(dataDir, to, name));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** Removes one of `owner`'s pending images; a file already gone is fine. */
export async function removePending(dataDir: string, owner: string, name: string | null | undefined): Promise<void> {
  if (!isStoredName(name)) return;
  await fs.rm(path.join(pendingPath(dataDir, owner), name), { force: true });
}

export async function storedExists(
  dataDir: string,
  folder: Exclude<Folder, 'pending'>,
  name: unknown,
): Promise<boolean> {
  if (!isStoredName(name)) return false;
  try {
    return (await fs.stat(storedPath(dataDir, folder, name))).isFile();
  } catch {
    return false;
  }
}

/** Removes a stored file; a file already gone is fine. */
export async function removeStored(
  dataDir: string,
  folder: Exclude<Folder, 'pending'>,
  name: string | null | undefined,
): Promise<void> {
  if (!isStoredName(name)) return;
  await fs.rm(storedPath(dataDir, folder, name), { force: true });
}

export async function readStored(
  dataDir: string,
  folder: Exclude<Folder, 'pending'>,
  name: string,
): Promise<Buffer | null> {
  if (!isStoredName(name)) return null;
  try {
    return await fs.readFile(storedPath(dataDir, folder, name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR')
      return null;
    throw err;
  }
}

/** Deletes pending images older than PENDING_DAYS, and folders left empty; at most once an hour per process. */
export async function sweepPending(dataDir: string, nowMs = Date.now(), force = false): Promise<number> {
  if (!force && nowMs - lastSweep < SWEEP_EVERY_MS) return 0;
  lastSweep = nowMs;
  const root = folderPath(dataDir, 'pending');
  let removed = 0;
  try {
    for (const owner of await fs.readdir(root)) {
      if (!OWNER_DIR.test(owner)) continue;
      const dir = path.join(root, owner);
      let left = 0;
      for (const name of await fs.readdir(dir).catch(() => [])) {
        if (!isStoredName(name)) continue;
        const file = path.join(dir, name);
        const stat = await fs.stat(file).catch(() => null);
        if (stat && nowMs - stat.mtimeMs > PENDING_DAYS * 86_400_000) {
          await fs.rm(file, { force: true });
          removed++;
        } else left++;
      }
      // Another request may be writing into it this moment: rmdir fails on a folder not empty, which is fine.
      if (left === 0) await fs.rmdir(dir).catch(() => undefined);
    }
  } catch {
    // No pending folder yet, or another process swept at the same moment: nothing to do.
  }
  return removed;
}
