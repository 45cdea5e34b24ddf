import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, ButtonLink } from '../../../../platform/views/components.tsx';
import { Description, PostCard, PostFacts, StateBanner } from '../../components.tsx';
import type { PostView } from '../../service-public.ts';
import { KIND_LABEL } from '../../vocabulary.ts';

/** A post's public page: its content, the answer button while open, and the posts that match it. */
export function PostPage({ post, matches }: { post: PostView; matches: PostView[] }) {
  const { t, user } = usePage();
  const href = useHref();
  const own = user?.memberships.some((m) => m.orgId === post.orgId) ?? false;
  return (
    <Layout title={post.title}>
      <BackLink href={href('/exchange')}>{t('exchange.post.back')}</BackLink>
      <div class="stack">
        <p class="caption">{t(KIND_LABEL[post.kind])}</p>
        <h1 lang={post.lang}>{post.title}</h1>
        <StateBanner post={post} own={own} />
        <Description post={post} />
        <PostFacts post={post} />
        {post.state === 'open' && !own ? (
          <p>
            <ButtonLink href={href(`/exchange/${encodeURIComponent(post.id)}/answer`)}>
              {t('exchange.post.answer')}
            </ButtonLink>
          </p>
        ) : null}
        {own ? (
          <p>
            <a href={href(`/organisations/${encodeURIComponent(post.orgId)}/exchange/${encodeURIComponent(post.id)}`)}>
              {t('exchange.post.manage')}
            </a>
          </p>
        ) : null}
        {user?.isSecretariat ? (
          <p>
            <a href={href(`/secretariat/exchange/${encodeURIComponent(post.id)}`)}>{t('exchange.post.moderate')}</a>
          </p>
        ) : null}
        <section class="stack" aria-labelledby="matches-heading">
          <h2 id="matches-heading">{t(post.kind === 'offer' ? 'exchange.matches.forOffer' : 'exchange.matches.forAsk')}</h2>
          <p>{t('exchange.matches.explain')}</p>
          {matches.length === 0 ? (
            <p>{t('exchange.matches.none')}</p>
          ) : (
            <ol class="card-list">
              {matches.map((m) => (
                <PostCard post={m} />
              ))}
            </ol>
          )}
        </section>
      </div>
    </Layout>
  );
}
