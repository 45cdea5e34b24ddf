import { usePage } from '../../platform/views/context.ts';
import { Table } from '../../platform/views/components.tsx';
import type { Totals, TotalsLine } from './service-read.ts';
import { COMMITMENT_LABEL, type Commitment } from './vocabulary.ts';

// The parts the log's pages share.

/** A commitment's label; 0 is "all activities" (each counted once, whatever its commitments). */
export function commitmentName(t: (key: string) => string, commitment: number): string {
  return commitment === 0 ? t('activities.totals.all') : t(COMMITMENT_LABEL[String(commitment) as Commitment]);
}

/** Person-hours of trainings from person-minutes, to one decimal. */
export const trainingHours = (totals: Totals) => Math.round(totals.trainingMinutes / 6) / 10;

/** The organisation's totals per commitment for one year: activities, people reached, training hours. */
export function YearTotals({ lines, year }: { lines: TotalsLine[]; year: number }) {
  const { t, fmt } = usePage();
  if (lines.length === 0) return <p>{t('activities.totals.none', { year })}</p>;
  const of = (line: TotalsLine) => line.byYear.get(year)!;
  return (
    <Table
      caption={t('activities.totals.caption', { year })}
      rows={lines}
      columns={[
        { header: t('activities.totals.commitment'), cell: (l) => commitmentName(t, l.commitment) },
        { header: t('activities.totals.entries'), cell: (l) => fmt.number(of(l).entries), numeric: true },
        { header: t('activities.totals.people'), cell: (l) => fmt.number(of(l).people), numeric: true },
        { header: t('activities.totals.hours'), cell: (l) => fmt.number(trainingHours(of(l))), numeric: true },
      ]}
    />
  );
}
