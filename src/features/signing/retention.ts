import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { removeStored } from '../../platform/files/storage.ts';
import { organisationsLeftBefore } from '../organisations/service.ts';

/**
 * The privacy notice: the people named in a signing record (contact person, executive) are kept
 * while the organisation takes part and five years after it leaves; for an application that
 * did not lead to a signature, five years after it ended (its last change: a decision, a
 * refusal, or the last step before it was abandoned). Then their names, titles and
 * addresses are blanked. The record itself stays (dates, charter version, the text's hash), so
 * the charter's history remains true.
 */
export const SIGNING_RECORDS_KEPT_MS = 5 * 365.25 * 24 * 3600_000;

/** Blanks the personal data whose time is up; returns how many records it changed. */
export async function erasePersonalDataPastRetention(
  db: Kysely<DB>,
  at = now(),
): Promise<{ applications: number; signatures: number }> {
  const cutoff = addMs(at, -SIGNING_RECORDS_KEPT_MS);
  return db.transaction().execute(async (trx) => {
    const left = await organisationsLeftBefore(trx, cutoff);
    const applications = await trx
      .updateTable('applications')
      .set({
        contact_name: '',
        contact_email: '',
        executive_name: '',
        executive_title: '',
        executive_email: '',
        token_hash: null,
        token_expires_at: null,
        erased_at: at,
      })
      .where('erased_at', 'is', null)
      .where((eb) =>
        eb.or([
          // The signed record of an organisation that left more than five years ago…
          ...(left.length ? [eb.and([eb('status', '=', 'approved'), eb('org_id', 'in', left)])] : []),
          // …and any application that did not lead to a signature (rejected, declined, or
          // abandoned half-way) and has not moved for five years.
          eb.and([eb('status', '!=', 'approved'), eb('updated_at', '<', cutoff)]),
        ]),
      )
      .executeTakeFirst();
    const signatures = await trx
      .updateTable('signatures')
      // A paper signature's scan shows the signer too: no longer served once erased (paperScanOf),
      // and deleted by removeErasedScans, which forgets its name only once the file is gone.
      .set({ signer_name: '', signer_title: '', signer_email: '', erased_at: at })
      .where('erased_at', 'is', null)
      // A signature goes with its application.
      .where('application_id', 'in', (eb) =>
        eb.selectFrom('applications').select('id').where('erased_at', 'is not', null),
      )
      .executeTakeFirst();
    const counts = { applications: Number(applications.numUpdatedRows), signatures: Number(signatures.numUpdatedRows) };
    if (counts.applications + counts.signatures > 0) {
      await audit(trx, {
        actor: null,
        action: 'signing.personal_data_erased',
        subjectType: 'database',
        subjectId: 'signing-records',
        details: { ...counts, before: cutoff },
      });
    }
    return counts;
  });
}

/** At most this many scans are deleted per run: retention reaches a few records a day at most. */
const SCANS_PER_RUN = 500;

/**
 * Deletes the scan files of erased paper signatures, then forgets their names. In that order,
 * so that a run stopped half-way (a crash, a full disk) leaves names for the next run to finish.
 */
export async function removeErasedScans(db: Kysely<DB>, dataDir: string): Promise<number> {
  const rows = await db
    .selectFrom('signatures')
    .select(['id', 'scan_file'])
    .where('erased_at', 'is not', null)
    .where('scan_file', 'is not', null)
    .limit(SCANS_PER_RUN)
    .execute();
  if (rows.length === 0) return 0;
  for (const row of rows) await removeStored(dataDir, 'scans', row.scan_file);
  await db
    .updateTable('signatures')
    .set({ scan_file: null })
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  return rows.length;
}
