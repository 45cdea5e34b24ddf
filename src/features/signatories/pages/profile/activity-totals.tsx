import { usePage } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components.tsx';
import { COMMITMENT_LABEL, type Commitment } from '../../../practices/vocabulary.ts';
import type { TotalsLine } from '../../../activities/service-read.ts';

/** The public totals of the activity log (the activities feature's read): last year and this year, per commitment. */
export interface ProfileActivityTotals {
  last: number;
  current: number;
  lines: TotalsLine[];
}

/** Commitments 4, 5, 6 and 8: what the organisation logged publicly, counted by the log's writes. */
export function ActivityTotals({ totals }: { totals: ProfileActivityTotals }) {
  const { t, fmt } = usePage();
  const { last, current, lines } = totals;
  const cell = (line: TotalsLine, year: number, what: 'entries' | 'people') => fmt.number(line.byYear.get(year)![what]);
  return (
    <section class="stack" aria-labelledby="activities-heading">
      <h2 id="activities-heading">{t('activities.profile.title')}</h2>
      <p>{t('activities.profile.lead')}</p>
      <Table
        caption={t('activities.profile.caption', { last, current })}
        captionHidden
        rows={lines}
        columns={[
          {
            header: t('activities.totals.commitment'),
            cell: (l) =>
              l.commitment === 0 ? t('activities.totals.all') : t(COMMITMENT_LABEL[String(l.commitment) as Commitment]),
          },
          ...[last, current].flatMap((year) => [
            {
              header: t('activities.profile.entries', { year }),
              cell: (l: TotalsLine) => cell(l, year, 'entries'),
              numeric: true,
            },
            {
              header: t('activities.profile.people', { year }),
              cell: (l: TotalsLine) => cell(l, year, 'people'),
              numeric: true,
            },
          ]),
        ]}
      />
    </section>
  );
}
