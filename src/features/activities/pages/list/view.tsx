import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner, ButtonLink, Pagination, Tag } from '../../../../platform/views/components.tsx';
import { Button, FilterForm } from '../../../../platform/views/form.tsx';
import { YearTotals } from '../../components.tsx';
import { logParams, type LogFilter } from '../../query.ts';
import type { Activity, LogPage, TotalsLine } from '../../service-read.ts';
import { KIND_LABEL, KINDS, SAFETY_KIND_LABEL, VISIBILITY_LABEL } from '../../vocabulary.ts';

export interface LogPageProps {
  orgId: string;
  orgName: string;
  /** Where "back" leads: the organisation's space for its members, its public profile for the secretariat. */
  backHref: string;
  /** Whether the reader may log and change activities (a member of a signatory). */
  canWrite: boolean;
  totalsYear: number;
  totals: TotalsLine[];
  years: number[];
  filter: LogFilter;
  page: LogPage;
  paged: boolean;
  /** How many activities an import just added (the redirect after it says so). */
  imported?: number | null;
}

/** The organisation's activity log: its totals for a year, then its activities, newest first. */
export function ActivityLogPage(props: LogPageProps) {
  const { t } = usePage();
  const href = useHref();
  const base = `/organisations/${props.orgId}/activities`;
  const title = t('activities.log.title');
  const { filter } = props;
  return (
    <Layout title={`${title} – ${props.orgName}`} noindex>
      <BackLink href={href(props.backHref)}>{props.orgName}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      {props.imported ? (
        <Banner kind="success" title={t('activities.flash.imported', { count: props.imported })} />
      ) : null}
      <p class="lead">{t('activities.log.lead')}</p>
      {props.canWrite ? (
        <p class="button-group">
          <ButtonLink href={href(`${base}/new`)}>{t('activities.log.new')}</ButtonLink>
          <a href={href(`${base}/import`)}>{t('activities.log.import')}</a>
        </p>
      ) : null}

      <h2>{t('activities.totals.title', { year: props.totalsYear })}</h2>
      <FilterForm action={href(base)} label={t('activities.totals.choose')}>
        <YearSelect name="totals" label={t('activities.totals.year')} years={props.years} value={props.totalsYear} />
        {filter.kind ? <input type="hidden" name="kind" value={filter.kind} /> : null}
        {filter.year ? <input type="hidden" name="year" value={String(filter.year)} /> : null}
        <Button variant="secondary">{t('activities.totals.show')}</Button>
      </FilterForm>
      <YearTotals lines={props.totals} year={props.totalsYear} />
      <p class="hint">{t('activities.totals.hint')}</p>

      <h2>{t('activities.log.listTitle')}</h2>
      <FilterForm action={href(base)} label={t('activities.filter.label')}>
        <input type="hidden" name="totals" value={String(props.totalsYear)} />
        <div class="field">
          <label class="label" for="filter-kind">
            {t('activities.filter.kind')}
          </label>
          <select class="select" id="filter-kind" name="kind">
            <option value="">{t('activities.filter.allKinds')}</option>
            {KINDS.map((k) => (
              <option value={k} selected={filter.kind === k}>
                {t(KIND_LABEL[k])}
              </option>
            ))}
          </select>
        </div>
        <YearSelect name="year" label={t('activities.filter.year')} years={props.years} value={filter.year} all />
        <Button variant="secondary">{t('activities.filter.submit')}</Button>
      </FilterForm>
      <p>
        {t('activities.log.download')}{' '}
        <a href={href(`${base}/export.xlsx${logParams(filter)}`)}>{t('activities.log.download.xlsx')}</a>
        {' · '}
        <a href={href(`${base}/export.csv${logParams(filter)}`)}>{t('activities.log.download.csv')}</a>
      </p>
      <Items items={props.page.items} orgId={props.orgId} canWrite={props.canWrite} />
      <Pagination
        firstHref={props.paged ? href(`${base}${logParams(filter, { totals: String(props.totalsYear) })}`) : null}
        nextHref={
          props.page.next
            ? href(`${base}${logParams(filter, { totals: String(props.totalsYear), after: props.page.next })}`)
            : null
        }
      />
    </Layout>
  );
}

function YearSelect(props: { name: string; label: string; years: number[]; value: number | null; all?: boolean }) {
  const { t } = usePage();
  const id = `filter-${props.name}`;
  return (
    <div class="field">
      <label class="label" for={id}>
        {props.label}
      </label>
      <select class="select" id={id} name={props.name}>
        {props.all ? <option value="">{t('activities.filter.allYears')}</option> : null}
        {props.years.map((y) => (
          <option value={String(y)} selected={props.value === y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

function Items({ items, orgId, canWrite }: { items: Activity[]; orgId: string; canWrite: boolean }) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (items.length === 0) return <p>{t('activities.log.empty')}</p>;
  return (
    <ul class="card-list">
      {items.map((a) => (
        <li class="card">
          <h3>{a.title}</h3>
          <p>
            {t(KIND_LABEL[a.kind])}
            {a.safety_kind ? ` (${t(SAFETY_KIND_LABEL[a.safety_kind])})` : ''}
            {' · '}
            <time datetime={a.starts_on}>{fmt.date(a.starts_on)}</time>
            {a.ends_on ? (
              <>
                {' – '}
                <time datetime={a.ends_on}>{fmt.date(a.ends_on)}</time>
              </>
            ) : null}
            {' · '}
            {t('activities.log.people', { count: a.people_reached })}
          </p>
          <p>
            <Tag tone={a.visibility === 'public' ? 'green' : 'grey'}>{t(VISIBILITY_LABEL[a.visibility])}</Tag>
          </p>
          {a.kind === 'safety' ? (
            <p>
              <a href={href('/safety')}>{t('activities.safety.link')}</a>
            </p>
          ) : null}
          {canWrite ? (
            <p class="button-group">
              <a href={href(`/organisations/${orgId}/activities/${a.id}/edit`)}>
                {t('activities.log.edit')}
                <span class="visually-hidden"> {a.title}</span>
              </a>
              <a href={href(`/organisations/${orgId}/activities/${a.id}/delete`)}>
                {t('activities.log.delete')}
                <span class="visually-hidden"> {a.title}</span>
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
