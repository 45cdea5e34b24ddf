import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { latestSignature } from './service.ts';

// The signature's part of "the nine commitments at a glance" (issue 8), commitment 3, the
// commitment from the top: the day the organisation signed (the date its profile shows) and,
// for its members, who signed for it. A signature stands from the year it was given: a year
// before it shows nothing. The organisation comes from the page; one read by signatures_org.

export async function signingCommitments(
  db: Kysely<DB>,
  org: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const signedAt = org.signed_at && brusselsYear(org.signed_at) <= year ? org.signed_at : null;
  const done: CommitmentPart['done'] = [];
  if (signedAt) {
    done.push({
      key: 'signing.commitments.signed',
      values: { version: Number(org.charter_version ?? 0) },
      dates: { date: signedAt },
    });
  }
  if (scope === 'public') return [{ commitment: 3, done, more: [] }];
  // The signer's name is blanked five years after the organisation left (retention.ts).
  const signature = signedAt ? await latestSignature(db, org.id) : null;
  if (signature?.signerName)
    done.push({
      key: 'signing.commitments.signer',
      values: { name: signature.signerName, title: signature.signerTitle },
    });
  const more =
    org.status === 'signatory'
      ? [{ path: `/signatories/${org.slug}/certificate`, label: 'signatories.profile.certificateLink' }]
      : [{ path: '/sign', label: 'charter.sign' }];
  return [{ commitment: 3, done, more }];
}
