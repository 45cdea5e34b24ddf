import { inflateRawSync } from 'node:zlib';

// An XLSX file is a zip archive. Before exceljs unpacks one, this reads the archive's central
// directory and checks it: how many entries, how large they say they are once unpacked, and how
// much each one grows. Then it unpacks each entry with a ceiling of the size it declared, so an
// archive that lies about its sizes (the classic zip bomb) is caught too, at the cost of at most
// `totalBytes` of memory, never more. ZIP64 archives are refused: no spreadsheet of 2,000 rows
// needs one.

export interface ZipLimits {
  entries: number;
  /** All entries unpacked, in bytes. */
  totalBytes: number;
  /** The most one entry of more than a megabyte may grow when unpacked. */
  ratio: number;
}

/** An XLSX of 2,000 long rows unpacks to a few megabytes in some ten entries. */
export const XLSX_LIMITS: ZipLimits = { entries: 200, totalBytes: 50 * 1024 * 1024, ratio: 200 };

export type ZipCheck = { ok: true; names: string[] } | { ok: false; reason: 'notZip' | 'tooLarge' };

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

/** The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KB. */
function endRecord(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--)
    if (data.readUInt32LE(i) === END) return i;
  return -1;
}

export function checkZip(data: Buffer, limits: ZipLimits = XLSX_LIMITS): ZipCheck {
  if (data.length < 22 || data.readUInt32LE(0) !== LOCAL) return { ok: false, reason: 'notZip' };
  const end = endRecord(data);
  if (end < 0) return { ok: false, reason: 'notZip' };
  const count = data.readUInt16LE(end + 10);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: 'tooLarge' };
  if (count > limits.entries) return { ok: false, reason: 'tooLarge' };
  const names: string[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: 'notZip' };
    const method = data.readUInt16LE(at + 10);
    const packed = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const skip = nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    names.push(data.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    total += size;
    if (total > limits.totalBytes) return { ok: false, reason: 'tooLarge' };
    if (size > MB && size > packed * limits.ratio) return { ok: false, reason: 'tooLarge' };
    const unpacked = unpack(data, local, method, packed, size);
    if (unpacked === 'tooLarge' || unpacked === 'notZip') return { ok: false, reason: unpacked };
    at += 46 + skip;
  }
  return { ok: true, names };
}

/** Unpacks one entry no further than the size it declared: more means the directory lied. */
function unpack(
  data: Buffer,
  local: number,
  method: number,
  packed: number,
  size: number,
): 'ok' | 'tooLarge' | 'notZip' {
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) return 'notZip';
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (start + packed > data.length) return 'notZip';
  const bytes = data.subarray(start, start + packed);
  if (method === 0) return packed === size ? 'ok' : 'notZip';
  if (method !== 8) return 'notZip';
  try {
    const out = inflateRawSync(bytes, { maxOutputLength: Math.max(size, 1) });
    return out.length === size ? 'ok' : 'notZip';
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'notZip';
  }
}
