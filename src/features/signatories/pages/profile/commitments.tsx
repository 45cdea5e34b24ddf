import type { CommitmentPart } from '../../../../platform/feature.ts';
import { usePage } from '../../../../platform/views/context.ts';
import { DoneLines } from '../../../../platform/views/commitments.tsx';
import { COMMITMENT_LABEL, type Commitment } from '../../../practices/vocabulary.ts';

/** The public side of "the nine commitments at a glance" this year (the features' `public` parts). */
export interface ProfileCommitments {
  year: number;
  parts: CommitmentPart[];
}

/**
 * The compact public version of the space's nine commitments: only those with something public
 * done this year (the signature always, once given), no links to forms. Shown only when one has.
 */
export function Commitments({ commitments }: { commitments: ProfileCommitments }) {
  const { t } = usePage();
  const shown = commitments.parts.filter((p) => p.done.length > 0);
  if (shown.length === 0) return null;
  return (
    <section class="stack" aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">{t('signatories.profile.commitments', { year: commitments.year })}</h2>
      <ul class="card-list">
        {shown.map((part) => (
          <li class="card">
            <h3>{t(COMMITMENT_LABEL[String(part.commitment) as Commitment])}</h3>
            <DoneLines done={part.done} empty="" />
          </li>
        ))}
      </ul>
    </section>
  );
}
