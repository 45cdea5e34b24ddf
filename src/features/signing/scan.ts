import { readScanUpload } from '../../platform/files/scans.ts';
import { pendingExists, removePending, storePending } from '../../platform/files/storage.ts';

// The scan of a signed paper form, as the secretariat's form receives it. Like the logo of the
// online form (logo.ts), a good scan waits in the pending folder under a random name that only
// this form knows, so a form refused for another reason keeps it; it moves on when recorded.

export const SCAN_PENDING_FIELD = 'scanPending';
export const SCAN_LABEL_FIELD = 'scanLabel';
export const SCAN_ACCEPT = 'application/pdf,image/png,image/jpeg,image/webp';

export const SCAN_ERROR = {
  missing: 'signing.paper.error.scanMissing',
  tooLarge: 'signing.paper.error.scanTooLarge',
  notScan: 'signing.paper.error.scanType',
} as const;

export interface ScanState {
  pendingName?: string | null;
  /** The file's name on the person's computer, only to remind them; never used as a path. */
  pendingLabel?: string | null;
}

function label(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const clean = value
    .replace(/[\p{C}]/gu, '')
    .trim()
    .slice(0, 100);
  return clean || null;
}

/**
 * Reads the scan field: a new file replaces the kept one; without a new file, the kept one
 * counts. `owner` is the secretariat account filling in the form: only it can reuse its file.
 */
export async function receiveScan(
  dataDir: string,
  owner: string,
  body: Record<string, unknown>,
): Promise<{ scan: ScanState; error: string | null }> {
  const name = body[SCAN_PENDING_FIELD];
  const kept: ScanState =
    typeof name === 'string' && (await pendingExists(dataDir, owner, name))
      ? { pendingName: name, pendingLabel: label(body[SCAN_LABEL_FIELD]) }
      : {};
  const check = await readScanUpload(body.scan);
  if (!check.ok) {
    if (check.reason === 'missing' && kept.pendingName) return { scan: kept, error: null };
    return { scan: kept, error: SCAN_ERROR[check.reason] };
  }
  const pendingName = await storePending(dataDir, owner, check.scan);
  if (kept.pendingName) await removePending(dataDir, owner, kept.pendingName);
  const filename = (body.scan as { filename?: unknown }).filename;
  return { scan: { pendingName, pendingLabel: label(filename) }, error: null };
}
