import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Pagination } from '../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../platform/views/form.tsx';
import type { PostView } from '../../service-public.ts';

/** The posts the secretariat hid, with the reason each organisation reads, and a way to show each again. */
export function HiddenPage({ items, next, paged }: { items: PostView[]; next: string | null; paged: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const base = href('/secretariat/exchange');
  return (
    <Layout title={t('exchange.hidden.title')} noindex>
      <h1>{t('exchange.hidden.title')}</h1>
      <p class="lead">{t('exchange.hidden.lead')}</p>
      {items.length === 0 ? (
        <p>{t('exchange.hidden.empty')}</p>
      ) : (
        <ul class="card-list">
          {items.map((post) => (
            <li class="card stack">
              <h2>
                <a href={`${base}/${encodeURIComponent(post.id)}`} lang={post.lang}>
                  {post.title}
                </a>
              </h2>
              <p>{post.org?.name ?? ''}</p>
              <p>{t('exchange.post.hiddenReason', { reason: post.hiddenReason ?? '' })}</p>
              <Form action={`${base}/${encodeURIComponent(post.id)}/unhide`}>
                <Button variant="secondary">{t('exchange.moderate.unhide')}</Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <Pagination firstHref={paged ? base : null} nextHref={next ? `${base}?after=${encodeURIComponent(next)}` : null} />
    </Layout>
  );
}
