import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { IMAGE_CONTENT_TYPE, IMAGE_EXTENSION, type ImageInfo } from './images.ts';

// Uploads live in $DATA_DIR/uploads/<folder>/ under random names, so several app processes
// can share the folder and a name never points at different content over time.
//
// pending/  images chosen in a form that is not finished yet (a validation error, a draft);
//           never served, swept after PENDING_DAYS.
// logos/    images in use, served by GET /media/logos/:file.
// scans/    scans of signed paper forms (PDF or image); served only to the secretariat.

export type Folder = 'pending' | 'logos' | 'scans';

const NAME = /^[a-f0-9]{32}\.(png|jpg|webp|pdf)$/;
const PENDING_DAYS = 7;
const SWEEP_EVERY_MS = 3600_000;
let lastSweep = 0;

/** True for names this module makes; anything else (../, %2e, a slash) is refused before touching the disk. */
export function isStoredName(name: unknown): name is string {
  return typeof name === 'string' && NAME.test(name);
}

export function contentTypeOf(name: string): string {
  const ext = path.extname(name).slice(1);
  if (ext === 'pdf') return 'application/pdf';
  return ext === 'png' ? IMAGE_CONTENT_TYPE.png : ext === 'jpg' ? IMAGE_CONTENT_TYPE.jpeg : IMAGE_CONTENT_TYPE.webp;
}

function folderPath(dataDir: string, folder: Folder): string {
  return path.join(dataDir, 'uploads', folder);
}

export function storedPath(dataDir: string, folder: Folder, name: string): string {
  if (!isStoredName(name)) throw new Error('not a stored file name');
  return path.join(folderPath(dataDir, folder), name);
}

/** Writes an image under a new random name and returns the name. */
export async function storeImage(
  dataDir: string,
  folder: Folder,
  image: { data: Buffer; info: ImageInfo },
): Promise<string> {
  const dir = folderPath(dataDir, folder);
  await fs.mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${IMAGE_EXTENSION[image.info.type]}`;
  await fs.writeFile(path.join(dir, name), image.data, { flag: 'wx' });
  if (folder === 'pending') void sweepPending(dataDir);
  return name;
}

/** Writes any checked file (a scan, say) under a new random name with `extension`; returns the name. */
export async function storeFile(
  dataDir: string,
  folder: Folder,
  data: Buffer,
  extension: 'pdf' | 'png' | 'jpg' | 'webp',
): Promise<string> {
  const dir = folderPath(dataDir, folder);
  await fs.mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${extension}`;
  await fs.writeFile(path.join(dir, name), data, { flag: 'wx' });
  if (folder === 'pending') void sweepPending(dataDir);
  return name;
}

export async function storedExists(dataDir: string, folder: Folder, name: unknown): Promise<boolean> {
  if (!isStoredName(name)) return false;
  try {
    return (await fs.stat(storedPath(dataDir, folder, name))).isFile();
  } catch {
    return false;
  }
}

/** Moves a pending image into a folder in use; the name stays the same. False if it is gone. */
export async function promotePending(dataDir: string, to: Exclude<Folder, 'pending'>, name: string): Promise<boolean> {
  if (!isStoredName(name)) return false;
  await fs.mkdir(folderPath(dataDir, to), { recursive: true });
  try {
    await fs.rename(storedPath(dataDir, 'pending', name), storedPath(dataDir, to, name));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** Removes a stored file; a file already gone is fine. */
export async function removeStored(dataDir: string, folder: Folder, name: string | null | undefined): Promise<void> {
  if (!isStoredName(name)) return;
  await fs.rm(storedPath(dataDir, folder, name), { force: true });
}

export async function readStored(dataDir: string, folder: Folder, name: string): Promise<Buffer | null> {
  if (!isStoredName(name)) return null;
  try {
    return await fs.readFile(storedPath(dataDir, folder, name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR')
      return null;
    throw err;
  }
}

/** Deletes pending images older than PENDING_DAYS; at most once an hour per process. */
export async function sweepPending(dataDir: string, nowMs = Date.now(), force = false): Promise<number> {
  if (!force && nowMs - lastSweep < SWEEP_EVERY_MS) return 0;
  lastSweep = nowMs;
  const dir = folderPath(dataDir, 'pending');
  let removed = 0;
  try {
    for (const name of await fs.readdir(dir)) {
      if (!isStoredName(name)) continue;
      const file = path.join(dir, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && nowMs - stat.mtimeMs > PENDING_DAYS * 86_400_000) {
        await fs.rm(file, { force: true });
        removed++;
      }
    }
  } catch {
    // No pending folder yet, or another process swept at the same moment: nothing to do.
  }
  return removed;
}
