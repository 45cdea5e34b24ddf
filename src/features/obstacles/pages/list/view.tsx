import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Checkboxes, emptyForm, FilterForm, Select, TextField } from '../../../../platform/views/form.tsx';
import { Pagination } from '../../../../platform/views/components.tsx';
import { Figures, ObstacleResult, TagChoices } from '../../components.tsx';
import { isFiltered, listParams, Q_MAX, SORTS, type ListFilter } from '../../query.ts';
import { FILTER_WINDOW, SEARCH_CAP, type FigureRow, type ListPage as Page } from '../../service-public.ts';
import { PUBLIC_STATUSES, STATUS_LABEL, TAG_NAMES } from '../../vocabulary.ts';

export interface ListProps {
  filter: ListFilter;
  page: Page;
  paged: boolean;
  figures: { region: FigureRow[]; group: FigureRow[] };
  /** The reader's organisations that may report an obstacle (signatories). */
  reporters: readonly { orgId: string; orgName: string }[];
}

const SORT_LABEL = { seen: 'obstacles.list.sort.seen', newest: 'obstacles.list.sort.newest' } as const;

/** The public register: search and filters (sent with a button), results, and the figures. */
export function ObstacleListPage({ filter, page, paged, figures, reporters }: ListProps) {
  const { t } = usePage();
  const href = useHref();
  const base = href('/obstacles');
  const title = t('obstacles.list.title');
  return (
    <Layout title={paged ? t('obstacles.list.titlePaged', { title }) : title} wide>
      <h1>{title}</h1>
      <p class="lead">{t('obstacles.list.lead')}</p>
      {reporters.length > 0 ? (
        <ul class="button-group">
          {reporters.map((m) => (
            <li>
              <a class="button button--secondary" href={href(`/organisations/${m.orgId}/obstacles/new`)}>
                {t('obstacles.list.report', { org: m.orgName })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="grid grid--2">
        <Filters filter={filter} />
        <section class="stack" aria-labelledby="results-heading">
          <h2 id="results-heading">
            {page.total !== null ? t('obstacles.list.count', { count: page.total }) : t('obstacles.list.results')}
          </h2>
          {page.capped ? <p>{t('obstacles.list.capped', { count: SEARCH_CAP })}</p> : null}
          {page.further ? <p>{t('obstacles.list.windowExplain', { window: FILTER_WINDOW })}</p> : null}
          {page.items.length === 0 ? (
            page.further ? null : (
              <p>
                {t('obstacles.list.empty')}{' '}
                {paged || filter.q || isFiltered(filter) ? <a href={base}>{t('obstacles.list.showAll')}</a> : null}
              </p>
            )
          ) : (
            <ol class="card-list">
              {page.items.map((item) => (
                <ObstacleResult item={item} />
              ))}
            </ol>
          )}
          <Pagination
            firstHref={paged ? `${base}${listParams(filter)}` : null}
            nextHref={page.next ? `${base}${listParams(filter, { after: page.next })}` : null}
            nextLabel={page.further ? t('obstacles.list.lookFurther') : undefined}
          />
        </section>
      </div>
      <section class="stack" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('obstacles.figures.title')}</h2>
        <p>{t('obstacles.figures.lead')}</p>
        <div class="grid grid--2">
          <Figures id="by-region" facet="region" caption={t('obstacles.figures.byRegion')} rows={figures.region} />
          <Figures id="by-group" facet="group" caption={t('obstacles.figures.byGroup')} rows={figures.group} />
        </div>
        <OpenData filter={filter} />
      </section>
    </Layout>
  );
}

/** The CSV file and the API with the filters shown, and links to pages in the reader's language. */
function OpenData({ filter }: { filter: ListFilter }) {
  const { t, lang } = usePage();
  const params = listParams(filter, { lang });
  const filtered = filter.q || isFiltered(filter);
  return (
    <p>
      <a href={`/api/v1/obstacles.csv${params}`}>{t(filtered ? 'obstacles.list.csvFiltered' : 'obstacles.list.csv')}</a>{' '}
      · <a href={`/api/v1/obstacles${params}`}>{t('obstacles.list.api')}</a>
    </p>
  );
}

/** A plain GET form: nothing changes until the button. */
function Filters({ filter }: { filter: ListFilter }) {
  const { t } = usePage();
  const href = useHref();
  const form = emptyForm({
    q: filter.q ?? '',
    sort: filter.sort,
    status: filter.statuses,
    ...Object.fromEntries(TAG_NAMES.map((tag) => [tag, filter.tags[tag] as string[]])),
  });
  return (
    <FilterForm action={href('/obstacles')} label={t('obstacles.list.filters')}>
      <TextField
        form={form}
        name="q"
        type="search"
        label={t('obstacles.list.q')}
        hint={t('obstacles.list.qHint', { max: Q_MAX })}
        spellcheck={false}
      />
      <Select
        form={form}
        name="sort"
        label={t('obstacles.list.sort.label')}
        options={SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
      />
      <TagChoices form={form} />
      <Checkboxes
        form={form}
        name="status"
        label={t('obstacles.list.status')}
        options={PUBLIC_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
      />
      <div class="button-group">
        <Button>{t('obstacles.list.submit')}</Button>
        {filter.q || isFiltered(filter) ? <a href={href('/obstacles')}>{t('obstacles.list.clear')}</a> : null}
      </div>
    </FilterForm>
  );
}
