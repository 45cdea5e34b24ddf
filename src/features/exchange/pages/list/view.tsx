import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, emptyForm, FilterForm, Select, TextField } from '../../../../platform/views/form.tsx';
import { Pagination } from '../../../../platform/views/components.tsx';
import { PostCard } from '../../components.tsx';
import { isFiltered, listParams, Q_MAX, type ListQuery } from '../../list-query.ts';
import { SEARCH_CAP, type ListPage as Page } from '../../service-public.ts';
import {
  CAUSE_LABEL,
  CAUSES,
  KIND_LABEL,
  KINDS,
  REGION_LABEL,
  REGIONS,
  TOPIC_LABEL,
  TOPICS,
} from '../../vocabulary.ts';

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
          <p>
            <a href={`/api/v1/exchange.csv${listParams(query)}`}>{t('exchange.list.csv')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

/** A plain GET form: nothing changes until the button. */
function Filters({ query }: { query: ListQuery }) {
  const { t } = usePage();
  const href = useHref();
  const f = query.filter;
  const form = emptyForm({
    q: query.q ?? '',
    kind: f.kind ?? '',
    cause: f.cause ?? '',
    region: f.region ?? '',
    topic: f.topic ?? '',
  });
  const any = t('exchange.list.any');
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
      <Select
        form={form}
        name="kind"
        label={t('exchange.facts.kind')}
        placeholder={any}
        options={KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
      />
      <Select
        form={form}
        name="topic"
        label={t('exchange.facts.topic')}
        placeholder={any}
        options={TOPICS.map((k) => ({ value: k, label: t(TOPIC_LABEL[k]) }))}
      />
      <Select
        form={form}
        name="cause"
        label={t('exchange.facts.cause')}
        placeholder={any}
        options={CAUSES.map((k) => ({ value: k, label: t(CAUSE_LABEL[k]) }))}
      />
      <Select
        form={form}
        name="region"
        label={t('exchange.list.region')}
        placeholder={any}
        options={REGIONS.map((k) => ({ value: k, label: t(REGION_LABEL[k]) }))}
      />
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
