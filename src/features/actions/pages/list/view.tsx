import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Checkboxes, emptyForm, FilterForm } from '../../../../platform/views/form.tsx';
import { Pagination } from '../../../../platform/views/components.tsx';
import { ActionResult } from '../../components.tsx';
import { isFiltered, listParams, type ListFilter } from '../../query.ts';
import { FILTER_WINDOW, type ListPage as Page } from '../../service-public.ts';
import {
  CAUSE_LABEL,
  CAUSES,
  NEED_LABEL,
  NEEDS,
  REGION_LABEL,
  REGIONS,
  STATUS_LABEL,
  STATUSES,
} from '../../vocabulary.ts';

export interface ListProps {
  filter: ListFilter;
  page: Page;
  paged: boolean;
  /** The reader's organisations that may propose an action (signatories). */
  proposers: readonly { orgId: string; orgName: string }[];
}

/** The public list of joint actions: filters (sent with a button), results, keyset pages. */
export function ActionListPage({ filter, page, paged, proposers }: ListProps) {
  const { t } = usePage();
  const href = useHref();
  const base = href('/actions');
  const title = t('actions.list.title');
  return (
    <Layout title={paged ? t('actions.list.titlePaged', { title }) : title} wide>
      <h1>{title}</h1>
      <p class="lead">{t('actions.list.lead')}</p>
      {proposers.length > 0 ? (
        <ul class="button-group">
          {proposers.map((m) => (
            <li>
              <a class="button button--secondary" href={href(`/organisations/${m.orgId}/actions/new`)}>
                {t('actions.list.propose', { org: m.orgName })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {filter.obstacle ? <AgainstObstacle obstacle={page.obstacle} /> : null}
      <div class="grid grid--2">
        <Filters filter={filter} />
        <section class="stack" aria-labelledby="results-heading">
          <h2 id="results-heading">
            {page.total !== null ? t('actions.list.count', { count: page.total }) : t('actions.list.results')}
          </h2>
          {page.further ? <p>{t('actions.list.windowExplain', { window: FILTER_WINDOW })}</p> : null}
          {page.items.length === 0 && page.further ? null : page.items.length === 0 ? (
            <p>
              {t('actions.list.empty')}{' '}
              {paged || isFiltered(filter) ? <a href={base}>{t('actions.list.showAll')}</a> : null}
            </p>
          ) : (
            <ol class="card-list">
              {page.items.map((item) => (
                <ActionResult item={item} />
              ))}
            </ol>
          )}
          <Pagination
            firstHref={paged ? `${base}${listParams(filter)}` : null}
            nextHref={page.next ? `${base}${listParams(filter, { after: page.next })}` : null}
            nextLabel={page.further ? t('actions.list.lookFurther') : undefined}
          />
          <p>
            <a href={`/api/v1/actions.csv${listParams(filter)}`}>
              {t(isFiltered(filter) ? 'actions.list.csvFiltered' : 'actions.list.csv')}
            </a>{' '}
            · <a href={`/api/v1/actions${listParams(filter)}`}>{t('actions.list.api')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

/** Which obstacle the list is about, linked, or that it is not in the register. */
function AgainstObstacle({ obstacle }: { obstacle: Page['obstacle'] }) {
  const { t } = usePage();
  const href = useHref();
  if (!obstacle) return <p>{t('actions.list.obstacleUnknown')}</p>;
  return (
    <p>
      {t('actions.list.against')}{' '}
      <a href={href(`/obstacles/${encodeURIComponent(obstacle.slug)}`)} lang={obstacle.lang}>
        {obstacle.title}
      </a>
    </p>
  );
}

/** A plain GET form: nothing changes until the button; the obstacle chosen on its page stays. */
function Filters({ filter }: { filter: ListFilter }) {
  const { t } = usePage();
  const href = useHref();
  const form = emptyForm({ status: filter.statuses, need: filter.needs, cause: filter.causes, region: filter.regions });
  return (
    <FilterForm action={href('/actions')} label={t('actions.list.filters')}>
      {filter.obstacle ? <input type="hidden" name="obstacle" value={filter.obstacle} /> : null}
      <Checkboxes
        form={form}
        name="status"
        label={t('actions.list.status')}
        options={STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
      />
      <Checkboxes
        form={form}
        name="need"
        label={t('actions.list.need')}
        options={NEEDS.map((n) => ({ value: n, label: t(NEED_LABEL[n]) }))}
      />
      <Checkboxes
        form={form}
        name="cause"
        label={t('actions.list.cause')}
        options={CAUSES.map((c) => ({ value: c, label: t(CAUSE_LABEL[c]) }))}
      />
      <Checkboxes
        form={form}
        name="region"
        label={t('actions.list.region')}
        options={REGIONS.map((r) => ({ value: r, label: t(REGION_LABEL[r]) }))}
      />
      <div class="button-group">
        <Button>{t('actions.list.submit')}</Button>
        {isFiltered(filter) ? <a href={href('/actions')}>{t('actions.list.clear')}</a> : null}
      </div>
    </FilterForm>
  );
}
