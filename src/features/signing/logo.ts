import { readImageUpload } from '../../platform/files/images.ts';
import { isStoredName, pendingExists, removePending, storePending } from '../../platform/files/storage.ts';
import { LOGO_LABEL_FIELD, LOGO_PENDING_FIELD, type LogoState } from '../organisations/profile-form.tsx';
import { LOGO_ERROR } from './labels.ts';

// A logo chosen in the application form survives a failed submit and a draft: it waits in the
// applicant's pending folder under a random name that only this form knows, and moves into use on send.

/** The file's name on the person's computer, only to remind them; never used as a path. */
function label(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const clean = value
    .replace(/[\p{C}]/gu, '')
    .trim()
    .slice(0, 100);
  return clean || null;
}

/** A logo `owner` kept from an earlier submit or a draft, if its file is still there. */
export async function keptLogo(dataDir: string, owner: string, values: Record<string, unknown>): Promise<LogoState> {
  const name = values[LOGO_PENDING_FIELD];
  if (!isStoredName(name) || !(await pendingExists(dataDir, owner, name))) return {};
  return { pendingName: name, pendingLabel: label(values[LOGO_LABEL_FIELD]) };
}

/**
 * Reads the form's logo field. A new image replaces the one kept; a refused file leaves the
 * kept one in place and gives the catalogue key of the reason.
 */
export async function receiveLogo(
  dataDir: string,
  owner: string,
  body: Record<string, unknown>,
): Promise<{ logo: LogoState; error: string | null }> {
  const kept = await keptLogo(dataDir, owner, body);
  const check = await readImageUpload(body.logo);
  if (!check.ok) return { logo: kept, error: LOGO_ERROR[check.reason] };
  if (!check.image) return { logo: kept, error: null };
  const pendingName = await storePending(dataDir, owner, check.image);
  if (kept.pendingName) await removePending(dataDir, owner, kept.pendingName);
  const filename = (body.logo as { filename?: unknown }).filename;
  return { logo: { pendingName, pendingLabel: label(filename) }, error: null };
}
