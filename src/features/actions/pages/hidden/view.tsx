import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Pagination } from '../../../../platform/views/components.tsx';
import type { HiddenLine } from '../../service-moderation.ts';

/** The actions the secretariat hid, most recently hidden first, with the reason and a link to each page. */
export function HiddenActionsPage({
  items,
  next,
  paged,
}: {
  items: HiddenLine[];
  next: string | null;
  paged: boolean;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  const base = href('/secretariat/actions');
  return (
    <Layout title={t('actions.secretariat.title')} noindex>
      <h1>{t('actions.secretariat.title')}</h1>
      <p class="lead">{t('actions.secretariat.lead')}</p>
      {items.length === 0 ? (
        <p>{t('actions.secretariat.empty')}</p>
      ) : (
        <ul class="card-list">
          {items.map((a) => (
            <li class="card stack">
              <h2>
                <a href={href(`/actions/${encodeURIComponent(a.slug)}`)} lang={a.lang}>
                  {a.title}
                </a>
              </h2>
              <p>{t('actions.secretariat.hiddenOn', { date: fmt.date(a.hiddenAt) })}</p>
              <p>
                <strong>{t('actions.hidden.reason')}</strong> {a.reason}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        firstHref={paged ? base : null}
        nextHref={next ? `${base}?after=${encodeURIComponent(next)}` : null}
      />
    </Layout>
  );
}
