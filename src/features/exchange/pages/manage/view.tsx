import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, ButtonLink } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { PostFacts, StateBanner, StateTag } from '../../components.tsx';
import type { PostView } from '../../service-public.ts';
import { ExpiryField } from '../edit/view.tsx';

/** The organisation's view of its post: its state (and the secretariat's reason), edit, close, renew. */
export function ManagePage({ post, orgName, renew }: { post: PostView; orgName: string; renew: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const base = `/organisations/${encodeURIComponent(post.orgId)}/exchange`;
  const own = `${base}/${encodeURIComponent(post.id)}`;
  return (
    <Layout title={titleAfter(t, post.title, renew)} noindex>
      <FormProblems form={renew} />
      <BackLink href={href(base)}>{t('exchange.manage.back')}</BackLink>
      <div class="stack">
        <p class="caption">{orgName}</p>
        <h1 lang={post.lang}>{post.title}</h1>
        <p>
          <StateTag state={post.state} />
        </p>
        <StateBanner post={post} own />
        <PostFacts post={post} />
        <p>{t('exchange.manage.answers', { count: post.answerCount })}</p>
        <div class="button-group">
          <ButtonLink href={href(`${own}/edit`)} variant="secondary">
            {t('exchange.manage.edit')}
          </ButtonLink>
          {post.state !== 'hidden' && post.state !== 'closed' ? (
            <a href={href(`/exchange/${encodeURIComponent(post.id)}`)}>{t('exchange.manage.public')}</a>
          ) : null}
        </div>
        <section class="stack" aria-labelledby="renew-heading">
          <h2 id="renew-heading">{t('exchange.manage.renew.title')}</h2>
          <p>{t('exchange.manage.renew.explain')}</p>
          <Form action={href(`${own}/renew`)}>
            <ExpiryField form={renew} />
            <Button variant="secondary">{t('exchange.manage.renew.submit')}</Button>
          </Form>
        </section>
        {post.state === 'open' || post.state === 'hidden' ? (
          <section class="stack" aria-labelledby="close-heading">
            <h2 id="close-heading">{t('exchange.manage.close.title')}</h2>
            <p>{t('exchange.manage.close.explain')}</p>
            <Form action={href(`${own}/close`)}>
              <Button variant="warning">{t('exchange.manage.close.submit')}</Button>
            </Form>
          </section>
        ) : null}
      </div>
    </Layout>
  );
}
