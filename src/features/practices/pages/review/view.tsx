import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, TextArea, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { History, RevisionContent, RevisionStatusTag } from '../../components.tsx';
import type { RevisionForReview } from '../../service-read.ts';
import { COMMENT_MAX } from '../edit/schema.ts';

export interface ReviewForms {
  publish: FormState;
  return: FormState;
}

/** A submitted revision as the secretariat reviews it: publish, or return with a comment. */
export function PracticeReviewPage(props: { view: RevisionForReview; forms: ReviewForms }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { view, forms } = props;
  const title = view.texts.find((x) => x.is_original)?.title ?? view.texts[0]?.title ?? t('practices.org.untitled');
  const base = `/${lang}/secretariat/practices/${view.revision.id}`;
  const waiting = view.revision.status === 'submitted';
  return (
    <Layout title={titleAfter(t, title, forms.publish, forms.return)} wide noindex>
      <BackLink href={href('/secretariat/practices')}>{t('practices.review.back')}</BackLink>
      <p class="caption">{view.org?.legalName}</p>
      <h1>{title}</h1>
      <p>
        <RevisionStatusTag status={view.revision.status} />{' '}
        {view.published ? t('practices.review.isUpdate', { n: view.revision.number }) : t('practices.review.isNew')}
      </p>
      {waiting ? (
        <section class="stack">
          <h2>{t('practices.review.decide')}</h2>
          <FormProblems form={forms.publish} />
          <Form action={`${base}/publish`}>
            <p class="hint">{t('practices.review.publish.hint')}</p>
            <Button>{t('practices.review.publish')}</Button>
          </Form>
          <FormProblems form={forms.return} />
          <Form action={`${base}/return`}>
            <TextArea
              form={forms.return}
              name="comment"
              label={t('practices.review.comment.label')}
              hint={t('practices.review.comment.hint')}
              maxLength={COMMENT_MAX}
              rows={4}
            />
            <Button variant="secondary">{t('practices.review.return')}</Button>
          </Form>
        </section>
      ) : (
        <p>{t('practices.review.notWaiting')}</p>
      )}
      <section class="stack">
        <h2>{t('practices.review.content')}</h2>
        <RevisionContent view={view} fileHref={(file) => `${base}/files/${file}`} />
      </section>
      {view.published ? (
        <section class="stack">
          <h2>{t('practices.review.publishedNow', { n: view.published.revision.number })}</h2>
          <RevisionContent view={view.published} fileHref={(file) => `${base}/files/${file}`} />
        </section>
      ) : null}
      <h2>{t('practices.practice.history')}</h2>
      <History events={view.history} />
    </Layout>
  );
}
