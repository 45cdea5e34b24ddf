import type { CommitmentPart } from '../../../../platform/feature.ts';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, FilterForm } from '../../../../platform/views/form.tsx';
import { DoneLines } from '../../../../platform/views/commitments.tsx';
import { COMMITMENT_LABEL, type Commitment } from '../../../practices/vocabulary.ts';

// "The nine commitments at a glance" (issue 8): the space opens with every commitment, what the
// features say was done for it in the year, and where to do more. The features' parts come merged
// per commitment from the registry; this page adds nothing of its own but the words around them.

/** The commitments whose features come in later issues, with the line that says so until then. */
const LATER: Partial<Record<number, string>> = {
  7: 'organisations.space.commitments.later.selfAssessment',
  9: 'organisations.space.commitments.later.annualReport',
};

export interface Glance {
  orgId: string;
  year: number;
  /** The years the reader may choose, newest first. */
  years: number[];
  parts: CommitmentPart[];
}

export function Commitments({ glance }: { glance: Glance }) {
  const { t } = usePage();
  const href = useHref();
  const { year } = glance;
  return (
    <section class="stack" aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">{t('organisations.space.commitments.title', { year })}</h2>
      <p>{t('organisations.space.commitments.lead', { year })}</p>
      {glance.years.length > 1 ? (
        <FilterForm action={href(`/organisations/${glance.orgId}`)} label={t('organisations.space.commitments.choose')}>
          <div class="field">
            <label class="label" for="commitments-year">
              {t('organisations.space.commitments.year')}
            </label>
            <select class="select" id="commitments-year" name="year">
              {glance.years.map((y) => (
                <option value={String(y)} selected={y === year}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary">{t('organisations.space.commitments.show')}</Button>
        </FilterForm>
      ) : null}
      <ul class="card-list">
        {glance.parts.map((part) => (
          <CommitmentCard part={part} year={year} />
        ))}
      </ul>
    </section>
  );
}

function CommitmentCard({ part, year }: { part: CommitmentPart; year: number }) {
  const { t } = usePage();
  const href = useHref();
  const later = LATER[part.commitment];
  const empty = part.done.length === 0 && part.more.length === 0;
  return (
    <li class="card">
      <h3>{t(COMMITMENT_LABEL[String(part.commitment) as Commitment])}</h3>
      {later && empty ? (
        <p>{t(later)}</p>
      ) : (
        <>
          <DoneLines done={part.done} empty={t('organisations.space.commitments.nothing', { year })} />
          {part.more.length > 0 ? (
            <ul>
              {part.more.map((m) => (
                <li>
                  <a href={href(m.path)}>{t(m.label)}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </li>
  );
}
