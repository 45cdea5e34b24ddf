import { cleanImage, sniffImage, type UploadedFile } from './images.ts';
import type { Storable } from './storage.ts';

// A scan of a signed paper document: a PDF or an image, decided by its bytes (the name and the
// type the browser declared prove nothing). Required where it is asked for.

/** A scanned page or a few, as a PDF or a photo: the upload route lets files this large through. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
/** A page scanned at 600 dpi is about 5,000 by 7,000 pixels; anything larger is not a scan. */
const MAX_SCAN_SIDE = 10_000;

export type ScanCheck = { ok: true; scan: Storable } | { ok: false; reason: 'missing' | 'tooLarge' | 'notScan' };

/** A PDF starts with its header and ends with an end-of-file marker (allowing trailing bytes). */
export function isPdf(data: Buffer): boolean {
  if (data.length < 16 || data.subarray(0, 5).toString('latin1') !== '%PDF-') return false;
  if (!/^%PDF-[12]\.\d/.test(data.subarray(0, 8).toString('latin1'))) return false;
  return data.subarray(Math.max(0, data.length - 1024)).includes('%%EOF', 0, 'latin1');
}

function isUploadedFile(value: unknown): value is UploadedFile {
  const v = value as UploadedFile | null;
  return typeof v === 'object' && v !== null && Buffer.isBuffer(v.data) && typeof v.truncated === 'boolean';
}

/** Checks a scan; a PDF is kept as sent, an image is re-encoded so that no metadata (GPS…) stays. */
export async function readScanUpload(value: unknown): Promise<ScanCheck> {
  if (Array.isArray(value)) return { ok: false, reason: 'notScan' };
  if (!isUploadedFile(value) || (value.data.length === 0 && !value.filename)) return { ok: false, reason: 'missing' };
  if (value.truncated || value.data.length > MAX_SCAN_BYTES) return { ok: false, reason: 'tooLarge' };
  if (isPdf(value.data)) return { ok: true, scan: { data: value.data, pdf: true } };
  const info = sniffImage(value.data);
  if (!info || info.width === 0 || info.height === 0) return { ok: false, reason: 'notScan' };
  if (info.width > MAX_SCAN_SIDE || info.height > MAX_SCAN_SIDE) return { ok: false, reason: 'notScan' };
  const image = await cleanImage({ data: value.data, info }, MAX_SCAN_SIDE);
  return image ? { ok: true, scan: image } : { ok: false, reason: 'notScan' };
}
