import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Checkboxes, emptyForm, FilterForm, TextField } from '../../../../platform/views/form.tsx';
import { Pagination } from '../../../../platform/views/components.tsx';
import { PostCard } from '../../components.tsx';
import { FACET_VALUES, FACETS, isFiltered, listParams, Q_MAX, type Facet, type ListQuery } from '../../list-query.ts';
import { SEARCH_CAP, type ListPage as Page } from '../../service-public.ts';
import { CAUSE_LABEL, KIND_LABEL, REGION_LABEL, TOPIC_LABEL } from '../../vocabulary.ts';

export function ListPage({ query, page, paged }: { query: ListQuery; page: Page; paged: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const base = href('/exchange');
  const title = t('exchange.list.title');
  return (
    <Layout title={paged ? t('exchange.list.titlePaged', { title }) : title} wide>
      <h1>{title}</h1>
      <p class="lead">{t('exchange.list.lead')}</p>
      <PostLinks />
      <div class="grid grid--2">
        <Filters query={query} />
        <section class="stack" aria-labelledby="results-heading">
          <h2 id="results-heading">{t('exchange.list.results')}</h2>
          {page.capped ? <p>{t('exchange.list.capped', { count: SEARCH_CAP })}</p> : null}
          {page.items.length === 0 ? (
            <p>
              {paged ? t('exchange.list.pageGone') : t('exchange.list.empty')}{' '}
              {paged || isFiltered(query) ? <a href={base}>{t('exchange.list.showAll')}</a> : null}
            </p>
          ) : (
            <ol class="card-list">
              {page.items.map((post) => (
                <PostCard post={post} />
              ))}
            </ol>
          )}
          <Pagination
            firstHref={paged ? `${base}${listParams(query)}` : null}
            nextHref={page.next ? `${base}${listParams(query, page.next)}` : null}
          />
          <ul>
            <li>
              <a href={`/api/v1/exchange.csv${listParams(query)}`}>{t('exchange.list.csv')}</a>
            </li>
            <li>
              <a href={`/api/v1/exchange${listParams(query)}`}>{t('exchange.list.api')}</a>
            </li>
          </ul>
        </section>
      </div>
    </Layout>
  );
}

const LEGEND: Record<Facet, string> = {
  kind: 'exchange.facts.kind',
  topic: 'exchange.facts.topic',
  cause: 'exchange.facts.cause',
  region: 'exchange.facts.regions',
};

/** Each value's label, by facet (the causes are the practices' words, the regions the organisations'). */
const LABEL: { [F in Facet]: Record<string, string> } = {
  kind: KIND_LABEL,
  topic: TOPIC_LABEL,
  cause: CAUSE_LABEL,
  region: REGION_LABEL,
};

/** A plain GET form: each facet a fieldset of checkboxes; nothing changes until the button. */
function Filters({ query }: { query: ListQuery }) {
  const { t } = usePage();
  const href = useHref();
  const form = emptyForm({ q: query.q ?? '', ...query.filter });
  return (
    <FilterForm action={href('/exchange')} label={t('exchange.list.filters')}>
      <TextField
        form={form}
        name="q"
        type="search"
        label={t('exchange.list.q')}
        hint={t('exchange.list.qHint', { max: Q_MAX })}
        spellcheck={false}
      />
      <p class="hint">{t('exchange.list.facetsHint')}</p>
      {FACETS.map((facet) => (
        <Checkboxes
          form={form}
          name={facet}
          label={t(LEGEND[facet])}
          options={FACET_VALUES[facet].map((v) => ({ value: v, label: t(LABEL[facet][v]!) }))}
        />
      ))}
      <div class="button-group">
        <Button>{t('exchange.list.submit')}</Button>
        {isFiltered(query) ? <a href={href('/exchange')}>{t('exchange.list.clear')}</a> : null}
      </div>
    </FilterForm>
  );
}

/** Members of an organisation post from their organisation's space: one link per organisation. */
function PostLinks() {
  const { t, user } = usePage();
  const href = useHref();
  const orgs = user?.memberships ?? [];
  if (orgs.length === 0) return null;
  return (
    <ul>
      {orgs.map((m) => (
        <li>
          <a href={href(`/organisations/${encodeURIComponent(m.orgId)}/exchange`)}>
            {t('exchange.list.ownPosts', { organisation: m.orgName })}
          </a>
        </li>
      ))}
    </ul>
  );
}
