import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Checkboxes, emptyForm, FilterForm, Select, TextField } from '../../../../platform/views/form.tsx';
import { Pagination } from '../../../../platform/views/components.tsx';
import { SECTOR_LABEL, type Sector } from '../../../organisations/vocabulary.ts';
import { tagLabel } from '../../components.tsx';
import {
  isFiltered,
  libraryParams,
  LIBRARY_FACETS,
  Q_MAX,
  type LibraryFacet,
  type LibraryFilter,
} from '../../library-query.ts';
import { FACET_VALUES, FILTER_WINDOW, SEARCH_CAP, type LibraryPage as Page } from '../../service-library.ts';
import { TAG_LEGEND } from '../../vocabulary.ts';
import { PracticeResult } from './result.tsx';
import { feedAlternate } from '../../atom.ts';

export interface LibraryProps {
  filter: LibraryFilter;
  page: Page;
  paged: boolean;
}

const SORT_LABEL = {
  relevance: 'practices.library.sort.relevance',
  newest: 'practices.library.sort.newest',
  adopted: 'practices.library.sort.adopted',
} as const;

export function LibraryPage({ filter, page, paged }: LibraryProps) {
  const { t, lang } = usePage();
  const href = useHref();
  const base = href('/practices');
  const title = t('practices.library.title');
  return (
    <Layout title={paged ? t('practices.library.titlePaged', { title }) : title} wide alternates={[feedAlternate(lang)]}>
      <h1>{title}</h1>
      <p class="lead">{t('practices.library.lead')}</p>
      <div class="grid grid--2">
        <Filters filter={filter} page={page} />
        <section class="stack" aria-labelledby="results-heading">
          <h2 id="results-heading">
            {page.windowed !== null
              ? t('practices.library.countWindow', { count: page.total, window: page.windowed })
              : page.exact
                ? t('practices.library.count', { count: page.total })
                : t('practices.library.countMany', { count: SEARCH_CAP })}
          </h2>
          {page.windowed !== null || page.further ? (
            <p>{t('practices.library.windowExplain', { window: FILTER_WINDOW })}</p>
          ) : page.exact ? null : (
            <p>{t('practices.library.narrowSearch', { count: SEARCH_CAP })}</p>
          )}
          {page.items.length === 0 ? (
            page.further ? null : (
              <p>
                {paged ? t('practices.library.pageGone') : t('practices.library.empty')}{' '}
                {paged || filter.q || isFiltered(filter) ? <a href={base}>{t('practices.library.showAll')}</a> : null}
              </p>
            )
          ) : (
            <ol class="card-list">
              {page.items.map((item) => (
                <PracticeResult item={item} />
              ))}
            </ol>
          )}
          <Pagination
            firstHref={paged ? `${base}${libraryParams(filter)}` : null}
            nextHref={page.next ? `${base}${libraryParams(filter, { after: page.next })}` : null}
            nextLabel={page.further ? t('practices.library.lookFurther') : undefined}
          />
        </section>
      </div>
    </Layout>
  );
}

/** What the numbers next to the choices count; with filters, the whole library's only when there are too many. */
const COUNTS_NOTE = {
  library: 'practices.library.countsLibrary',
  libraryFiltered: 'practices.library.countsLibraryFiltered',
  matches: 'practices.library.countsMatches',
  filters: 'practices.library.countsFilters',
} as const;

/** A plain GET form: the facets are checkboxes with their counts; nothing changes until the button. */
function Filters({ filter, page }: { filter: LibraryFilter; page: Page }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const form = emptyForm({
    q: filter.q ?? '',
    sort: filter.sort,
    sector: filter.sectors,
    ...Object.fromEntries(LIBRARY_FACETS.map((f) => [f, filter.tags[f] as string[]])),
  });
  const label = (facet: LibraryFacet | 'sector', value: string) => {
    const name = facet === 'sector' ? t(SECTOR_LABEL[value as Sector]) : t(tagLabel(facet, value as never));
    const n = page.counts[facet][value] ?? 0;
    return t('practices.library.facetValue', { name, count: fmt.number(n) });
  };
  const facet = (name: LibraryFacet | 'sector', legend: string) => (
    <Checkboxes
      form={form}
      name={name}
      label={legend}
      options={FACET_VALUES[name]
        .filter((v) => (page.counts[name][v] ?? 0) > 0 || form.values[name]?.includes(v))
        .map((v) => ({ value: v, label: label(name, v) }))}
    />
  );
  return (
    <FilterForm action={href('/practices')} label={t('practices.library.filters')}>
      <TextField
        form={form}
        name="q"
        type="search"
        label={t('practices.library.q')}
        hint={t('practices.library.qHint', { max: Q_MAX })}
        spellcheck={false}
      />
      <Select
        form={form}
        name="sort"
        label={t('practices.library.sort.label')}
        hint={t('practices.library.sort.hint')}
        options={(['relevance', 'newest', 'adopted'] as const).map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
      />
      <p class="hint">
        {t(COUNTS_NOTE[page.countsOf === 'library' && isFiltered(filter) ? 'libraryFiltered' : page.countsOf])}
      </p>
      {LIBRARY_FACETS.map((f) => facet(f, t(f === 'language' ? 'practices.library.facet.language' : TAG_LEGEND[f])))}
      {facet('sector', t('practices.library.facet.sector'))}
      <div class="button-group">
        <Button>{t('practices.library.submit')}</Button>
        {filter.q || isFiltered(filter) ? <a href={href('/practices')}>{t('practices.library.clear')}</a> : null}
      </div>
    </FilterForm>
  );
}
