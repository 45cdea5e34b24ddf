import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink, Pagination } from '../../../../platform/views/components.tsx';
import { Day, KindTag, StateTag } from '../../components.tsx';
import type { PostView } from '../../service-public.ts';

/** An organisation's posts, whatever their state, for its members. */
export function MinePage({
  orgId,
  orgName,
  items,
  next,
  paged,
}: {
  orgId: string;
  orgName: string;
  items: PostView[];
  next: string | null;
  paged: boolean;
}) {
  const { t } = usePage();
  const href = useHref();
  const base = href(`/organisations/${encodeURIComponent(orgId)}/exchange`);
  return (
    <Layout title={t('exchange.mine.title', { organisation: orgName })} noindex>
      <p class="caption">{orgName}</p>
      <h1>{t('exchange.mine.heading')}</h1>
      <p class="lead">{t('exchange.mine.lead')}</p>
      <p>
        <ButtonLink href={`${base}/new`}>{t('exchange.mine.new')}</ButtonLink>
      </p>
      {items.length === 0 ? (
        <p>{t('exchange.mine.empty')}</p>
      ) : (
        <ul class="card-list">
          {items.map((post) => (
            <li class="card stack">
              <p>
                <KindTag post={post} /> <StateTag state={post.state} />
              </p>
              <h2>
                <a href={`${base}/${encodeURIComponent(post.id)}`} lang={post.lang}>
                  {post.title}
                </a>
              </h2>
              <p class="hint">
                {t('exchange.card.until')} <Day day={post.expiresOn} /> · {t('exchange.manage.answers', { count: post.answerCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination firstHref={paged ? base : null} nextHref={next ? `${base}?after=${encodeURIComponent(next)}` : null} />
    </Layout>
  );
}
