import { IMAGE_EXTENSION, MAX_IMAGE_BYTES, sniffImage, type UploadedFile } from './images.ts';

// A scan of a signed paper document: a PDF or an image, decided by its bytes (the name and the
// type the browser declared prove nothing). Required where it is asked for.

/** The multipart parser's limit per file (app.ts): a larger scan arrives cut off and is refused. */
export const MAX_SCAN_BYTES = MAX_IMAGE_BYTES;
/** A page scanned at 600 dpi is about 5,000 by 7,000 pixels; anything larger is not a scan. */
const MAX_SCAN_SIDE = 10_000;

export interface Scan {
  data: Buffer;
  extension: 'pdf' | 'png' | 'jpg' | 'webp';
}

export type ScanCheck = { ok: true; scan: Scan } | { ok: false; reason: 'missing' | 'tooLarge' | 'notScan' };

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

export function checkScanUpload(value: unknown): ScanCheck {
  if (Array.isArray(value)) return { ok: false, reason: 'notScan' };
  if (!isUploadedFile(value) || (value.data.length === 0 && !value.filename)) return { ok: false, reason: 'missing' };
  if (value.truncated || value.data.length > MAX_SCAN_BYTES) return { ok: false, reason: 'tooLarge' };
  if (isPdf(value.data)) return { ok: true, scan: { data: value.data, extension: 'pdf' } };
  const image = sniffImage(value.data);
  if (!image || image.width === 0 || image.height === 0) return { ok: false, reason: 'notScan' };
  if (image.width > MAX_SCAN_SIDE || image.height > MAX_SCAN_SIDE) return { ok: false, reason: 'notScan' };
  return { ok: true, scan: { data: value.data, extension: IMAGE_EXTENSION[image.type] as Scan['extension'] } };
}
