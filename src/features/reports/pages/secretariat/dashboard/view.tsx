import { Layout } from '../../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../../platform/views/context.ts';
import { BackLink, Pagination, SummaryList, Table, Tag } from '../../../../../platform/views/components.tsx';
import { Button, FilterForm, Form, Select, emptyForm } from '../../../../../platform/views/form.tsx';
import { STATUS_LABEL } from '../../../labels.ts';
import { reminderDays } from '../../../daily.ts';
import { DASHBOARD_STATUSES, type Cycle, type DashboardLine, type DashboardStatus } from '../../../service-cycles.ts';
import { STATUS_TONE } from '../labels.ts';

export interface DashboardProps {
  cycle: Cycle;
  filter: DashboardStatus | null;
  page: { lines: DashboardLine[]; next: string | null };
  paged: boolean;
  /** Whether reminders may be sent now (the cycle is open and its grace period not over). */
  remindable: boolean;
}

/**
 * A cycle's dashboard for the secretariat: its days, how many organisations stand at each status
 * (the kept counts), the organisations by status with the day each status holds from, reminders
 * on demand and the export of every report.
 */
export function DashboardPage(props: DashboardProps) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { cycle } = props;
  const base = `/secretariat/reports/${cycle.year}`;
  const title = t('reports.dashboard.title', { year: cycle.year });
  const here = href(base) + (props.filter ? `?status=${props.filter}` : '');
  const days = reminderDays({ due_on: cycle.dueOn, reminder_offsets: JSON.stringify(cycle.offsets) });
  return (
    <Layout title={title} noindex wide>
      <BackLink href={href('/secretariat/reports')}>{t('reports.dashboard.back')}</BackLink>
      <h1>{title}</h1>
      <SummaryList
        rows={[
          { key: t('reports.cycles.form.opensOn'), value: fmt.date(cycle.opensOn) },
          { key: t('reports.cycles.form.dueOn'), value: fmt.date(cycle.dueOn) },
          { key: t('reports.cycles.form.graceUntil'), value: fmt.date(cycle.graceUntil) },
          {
            key: t('reports.dashboard.reminderDays'),
            value: days.map((d) => fmt.date(d)).join(' · '),
            action: { href: href(`${base}/days`), label: t('reports.dashboard.changeDays'), hidden: title },
          },
        ]}
      />
      <section aria-labelledby="counts" class="stack">
        <h2 id="counts">{t('reports.dashboard.counts', { count: cycle.counts.required })}</h2>
        <ul class="grid grid--3">
          {DASHBOARD_STATUSES.map((s) => (
            <li class="stat">
              <a
                href={`${href(base)}?status=${s}#organisations`}
                aria-current={s === props.filter ? 'true' : undefined}
              >
                <span class="stat__number">{fmt.number(cycle.counts[s])}</span>{' '}
                <span class="stat__label">{t(STATUS_LABEL[s])}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="act" class="stack">
        <h2 id="act">{t('reports.dashboard.act')}</h2>
        {props.remindable ? (
          <Form action={href(`${base}/reminders`)} class="stack">
            <p class="hint">{t('reports.dashboard.remindHint')}</p>
            <Button variant="secondary">{t('reports.dashboard.remind')}</Button>
          </Form>
        ) : (
          <p>{t('reports.dashboard.notRemindable')}</p>
        )}
        <p>
          <a href={href(`${base}/reports.xlsx`)} download>
            {t('reports.dashboard.export')}
          </a>
        </p>
      </section>
      <section aria-labelledby="organisations" class="stack">
        <h2 id="organisations">{t('reports.dashboard.organisations')}</h2>
        <FilterForm action={`${href(base)}#organisations`} label={t('reports.dashboard.filter')}>
          <Select
            form={emptyForm({ status: props.filter ?? '' })}
            name="status"
            label={t('reports.dashboard.filterStatus')}
            placeholder={t('reports.dashboard.allStatuses')}
            options={DASHBOARD_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
          />
          <Button variant="secondary">{t('reports.dashboard.show')}</Button>
        </FilterForm>
        <Organisations lines={props.page.lines} />
        <Pagination
          firstHref={props.paged ? `${here}#organisations` : null}
          nextHref={
            props.page.next
              ? `${here}${props.filter ? '&' : '?'}after=${encodeURIComponent(props.page.next)}#organisations`
              : null
          }
        />
      </section>
    </Layout>
  );
}

function Organisations({ lines }: { lines: DashboardLine[] }) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (lines.length === 0) return <p>{t('reports.dashboard.none')}</p>;
  return (
    <Table
      caption={t('reports.dashboard.organisations')}
      captionHidden
      rows={lines}
      columns={[
        {
          header: t('reports.dashboard.organisation'),
          cell: (l) =>
            l.slug ? <a href={href(`/signatories/${l.slug}`)}>{l.name}</a> : t('reports.dashboard.unknownOrganisation'),
        },
        {
          header: t('reports.dashboard.status'),
          cell: (l) => (
            <>
              <Tag tone={STATUS_TONE[l.status]}>{t(STATUS_LABEL[l.status])}</Tag>
              {l.afterDeadline ? ` ${t('reports.dashboard.afterDeadline')}` : null}
            </>
          ),
        },
        { header: t('reports.dashboard.since'), cell: (l) => fmt.date(l.since) },
      ]}
    />
  );
}
