import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, TextArea, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { Description, PostFacts, StateBanner, StateTag } from '../../components.tsx';
import type { PostView } from '../../service-public.ts';
import { REASON_MAX } from './schema.ts';

/** The secretariat's moderation of one post: hide it with a reason its organisation will read, or show it again. */
export function ModeratePage({ post, form }: { post: PostView; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const base = href(`/secretariat/exchange/${encodeURIComponent(post.id)}`);
  return (
    <Layout title={titleAfter(t, t('exchange.moderate.title', { title: post.title }), form)} noindex>
      <FormProblems form={form} />
      {post.state === 'hidden' ? (
        <BackLink href={href('/secretariat/exchange')}>{t('exchange.hidden.title')}</BackLink>
      ) : (
        <BackLink href={href(`/exchange/${encodeURIComponent(post.id)}`)}>{t('exchange.moderate.back')}</BackLink>
      )}
      <div class="stack">
        <p class="caption">{t('exchange.moderate.caption')}</p>
        <h1 lang={post.lang}>{post.title}</h1>
        <p>
          <StateTag state={post.state} />
        </p>
        <StateBanner post={post} own />
        <Description post={post} />
        <PostFacts post={post} />
        {post.state === 'hidden' ? (
          <Form action={`${base}/unhide`}>
            <Button variant="secondary">{t('exchange.moderate.unhide')}</Button>
          </Form>
        ) : (
          <Form action={`${base}/hide`}>
            <TextArea
              form={form}
              name="reason"
              label={t('exchange.moderate.reason.label')}
              hint={t('exchange.moderate.reason.hint')}
              maxLength={REASON_MAX}
              rows={4}
            />
            <Button variant="warning">{t('exchange.moderate.hide')}</Button>
          </Form>
        )}
      </div>
    </Layout>
  );
}
