import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Checkboxes, emptyForm, FilterForm, Select, TextField } from '../../../../platform/views/form.tsx';
import { Pagination, Tag } from '../../../../platform/views/components.tsx';
import { SORT } from '../../labels.ts';
import {
  LANGUAGE_LABEL,
  REGION_LABEL,
  REGIONS,
  SECTOR_LABEL,
  SECTORS,
  WORK_LANGUAGES,
} from '../../../organisations/vocabulary.ts';
import { DEFAULT_FILTER, Q_MAX, selectionParams, SORTS, type DirectoryFilter } from '../../query.ts';
import { SEARCH_CAP, type DirectoryPage as Page, type ListedSignatory } from '../../service.ts';
import { PUBLIC_STATUSES, STATUS_LABEL } from '../../../reports/service-public.ts';

export interface DirectoryProps {
  filter: DirectoryFilter;
  page: Page;
  years: number[];
  /** The latest reporting cycle that has opened, which the reporting filter is about; null: no filter. */
  reportingYear: number | null;
  /** True when this is not the first page. */
  paged: boolean;
}

const isFiltered = (f: DirectoryFilter) =>
  f.q !== null ||
  f.sector !== null ||
  f.region !== null ||
  f.language !== null ||
  f.year !== null ||
  Boolean(f.reporting) ||
  f.includeWithdrawn;

export function DirectoryPage(props: DirectoryProps) {
  const { t } = usePage();
  const href = useHref();
  const { filter, page } = props;
  const base = href('/signatories');
  const title = t('signatories.directory.title');
  return (
    <Layout title={props.paged ? t('signatories.directory.titlePaged', { title }) : title} wide>
      <h1>{title}</h1>
      <p class="lead">{t('signatories.directory.lead')}</p>
      <p>
        <a href={href('/referrals/chain')}>{t('referrals.directory.chainLink')}</a>
      </p>
      <div class="stack">
        <Filters filter={filter} years={props.years} reportingYear={props.reportingYear} />
        <section class="stack" aria-labelledby="results-heading">
          <h2 id="results-heading">
            {!page.exact
              ? t('signatories.directory.countMany', { count: SEARCH_CAP })
              : filter.includeWithdrawn
                ? t('signatories.directory.countWithWithdrawn', { count: page.total })
                : t('signatories.directory.count', { count: page.total })}
          </h2>
          {page.exact ? null : <p>{t('signatories.directory.narrowSearch', { count: SEARCH_CAP })}</p>}
          {page.total > 0 ? <OpenDataLinks filter={filter} /> : null}
          {page.items.length === 0 ? (
            <NoResults filtered={isFiltered(filter)} base={base} paged={props.paged} />
          ) : (
            <ol class="card-list">
              {page.items.map((item) => (
                <Result item={item} />
              ))}
            </ol>
          )}
          <Pagination
            firstHref={props.paged ? `${base}${selectionParams(filter)}` : null}
            nextHref={page.next ? `${base}${selectionParams(filter, { after: page.next })}` : null}
          />
        </section>
      </div>
    </Layout>
  );
}

/** A plain GET form: nothing changes until the person presses the button. */
function Filters({
  filter,
  years,
  reportingYear,
}: {
  filter: DirectoryFilter;
  years: number[];
  reportingYear: number | null;
}) {
  const { t } = usePage();
  const href = useHref();
  const form = emptyForm({
    q: filter.q ?? '',
    sector: filter.sector ?? '',
    region: filter.region ?? '',
    language: filter.language ?? '',
    year: filter.year === null ? '' : String(filter.year),
    sort: filter.sort,
    withdrawn: filter.includeWithdrawn ? ['1'] : [],
    reporting: filter.reporting?.status ?? '',
  });
  // A year chosen in an old link stays selectable even if nobody signed in it any more.
  const yearOptions = filter.year !== null && !years.includes(filter.year) ? [...years, filter.year].sort() : years;
  return (
    <FilterForm action={href('/signatories')} label={t('signatories.filters.label')}>
      <TextField
        form={form}
        name="q"
        type="search"
        label={t('signatories.filters.q')}
        hint={t('signatories.filters.qHint', { max: Q_MAX })}
        spellcheck={false}
      />
      <Select
        form={form}
        name="sector"
        label={t('signatories.filters.sector')}
        placeholder={t('signatories.filters.anySector')}
        options={SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABEL[s]) }))}
      />
      <Select
        form={form}
        name="region"
        label={t('signatories.filters.region')}
        placeholder={t('signatories.filters.anyRegion')}
        options={REGIONS.map((r) => ({ value: r, label: t(REGION_LABEL[r]) }))}
      />
      <Select
        form={form}
        name="language"
        label={t('signatories.filters.language')}
        hint={t('signatories.filters.languageHint')}
        placeholder={t('signatories.filters.anyLanguage')}
        options={WORK_LANGUAGES.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
      />
      <Select
        form={form}
        name="year"
        label={t('signatories.filters.year')}
        placeholder={t('signatories.filters.anyYear')}
        options={yearOptions.map((y) => ({ value: String(y), label: String(y) }))}
      />
      {reportingYear !== null ? (
        <Select
          form={form}
          name="reporting"
          label={t('reports.directory.filter', { year: reportingYear })}
          hint={t('reports.directory.filterHint', { year: reportingYear })}
          placeholder={t('reports.directory.any')}
          options={PUBLIC_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
        />
      ) : null}
      <Select
        form={form}
        name="sort"
        label={t('signatories.filters.sort')}
        options={SORTS.map((s) => ({ value: s, label: t(SORT[s]) }))}
      />
      <Checkboxes
        form={form}
        name="withdrawn"
        label={t('signatories.filters.statusLegend')}
        options={[
          { value: '1', label: t('signatories.filters.withdrawn'), hint: t('signatories.filters.withdrawnHint') },
        ]}
      />
      <div class="button-group">
        <Button>{t('signatories.filters.submit')}</Button>
        {isFiltered(filter) || filter.sort !== DEFAULT_FILTER.sort ? (
          <a href={href('/signatories')}>{t('signatories.filters.clear')}</a>
        ) : null}
      </div>
    </FilterForm>
  );
}

function OpenDataLinks({ filter }: { filter: DirectoryFilter }) {
  const { t, lang } = usePage();
  const params = selectionParams(filter, { lang });
  return (
    <p>
      {t('signatories.directory.download')}{' '}
      <a href={`/api/v1/signatories.csv${params}`} download>
        {t('signatories.directory.downloadCsv')}
      </a>
      {' · '}
      <a href={`/api/v1/signatories.json${params}`}>{t('signatories.directory.downloadJson')}</a>
    </p>
  );
}

function NoResults({ filtered, base, paged }: { filtered: boolean; base: string; paged: boolean }) {
  const { t } = usePage();
  if (paged) {
    return (
      <p>
        {t('signatories.directory.pageGone')} <a href={base}>{t('signatories.directory.startAgain')}</a>
      </p>
    );
  }
  if (!filtered) return <p>{t('signatories.directory.emptyAll')}</p>;
  return (
    <div class="stack">
      <p>{t('signatories.directory.emptyTitle')}</p>
      <ul>
        <li>{t('signatories.directory.emptySpelling')}</li>
        <li>{t('signatories.directory.emptyFewerWords')}</li>
        <li>{t('signatories.directory.emptyFilters')}</li>
      </ul>
      <p>
        <a href={base}>{t('signatories.directory.emptyShowAll')}</a>
      </p>
    </div>
  );
}

function Result({ item }: { item: ListedSignatory }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <li class="card">
      <h3>
        <a href={href(`/signatories/${encodeURIComponent(item.slug)}`)}>{item.name}</a>
      </h3>
      {item.status === 'withdrawn' ? <Tag tone="grey">{t('signatories.status.withdrawn')}</Tag> : null}
      <p>
        {t(SECTOR_LABEL[item.sector])}
        {item.regions.length > 0 ? ` · ${item.regions.map((r) => t(REGION_LABEL[r])).join(', ')}` : ''}
      </p>
      {item.signedAt ? (
        <p>
          {t('signatories.result.signedOn')} <time datetime={item.signedAt}>{fmt.date(item.signedAt)}</time>
          {/* Those that have not signed a newer version stay listed with the one they signed. */}
          {item.charterVersion !== null
            ? ` · ${t('signatories.event.resignedVersion', { version: item.charterVersion })}`
            : ''}
        </p>
      ) : null}
    </li>
  );
}
