import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, ButtonLink } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, type FormState } from '../../../../platform/views/form.tsx';
import {
  History,
  OrgPracticeHeading,
  PracticeStatusTag,
  RevisionContent,
  RevisionStatusTag,
} from '../../components.tsx';
import type { PracticeForOrg } from '../../service-read.ts';

/** One of the organisation's practices: what is being written, what is public, what happened. */
export function OrgPracticePage(props: {
  orgId: string;
  orgName: string;
  isAdmin: boolean;
  view: PracticeForOrg;
  /** The problem with the last action (submit, archive), if any. */
  form?: FormState;
}) {
  const { t, lang } = usePage();
  const href = useHref();
  const { practice, working, published, draft, history } = props.view;
  const base = `/organisations/${props.orgId}/practices/${practice.id}`;
  const title =
    working?.texts.find((x) => x.is_original)?.title ??
    published?.texts.find((x) => x.is_original)?.title ??
    (typeof draft?.title === 'string' && draft.title ? draft.title : t('practices.org.untitled'));
  const action = (path: string) => `/${lang}${base}/${path}`;
  const fileHref = (file: string) => href(`${base}/files/${file}`);
  const canEdit = practice.status !== 'archived' && working?.revision.status !== 'submitted';
  const canSubmit =
    props.isAdmin &&
    working !== null &&
    (working.revision.status === 'draft' || working.revision.status === 'returned');
  return (
    <Layout title={title} wide noindex>
      <OrgPracticeHeading orgId={props.orgId} orgName={props.orgName} title={title}>
        <p>
          <PracticeStatusTag status={practice.status} />
        </p>
      </OrgPracticeHeading>
      {props.form ? <FormProblems form={props.form} /> : null}
      {working?.revision.status === 'returned' && working.revision.review_comment ? (
        <Banner kind="warning" title={t('practices.form.returned')}>
          <p>{working.revision.review_comment}</p>
        </Banner>
      ) : null}
      {draft ? <Banner title={t('practices.practice.unsavedDraft')} /> : null}

      <div class="button-group">
        {canEdit ? <ButtonLink href={href(`${base}/edit`)}>{t('practices.practice.edit')}</ButtonLink> : null}
        {canEdit && (working || published) ? (
          <ButtonLink href={href(`${base}/translation`)} variant="secondary">
            {t('practices.practice.addTranslation')}
          </ButtonLink>
        ) : null}
      </div>
      {canSubmit ? (
        <Form action={action('submit')}>
          <p class="hint">{t('practices.practice.submit.hint')}</p>
          <Button>{t('practices.practice.submit')}</Button>
        </Form>
      ) : null}
      {working?.revision.status === 'submitted' ? <p>{t('practices.practice.inReview')}</p> : null}
      {props.isAdmin && practice.status === 'published' ? (
        <Form action={action('archive')}>
          <input type="hidden" name="archive" value="yes" />
          <p class="hint">{t('practices.practice.archive.hint')}</p>
          <Button variant="warning">{t('practices.practice.archive')}</Button>
        </Form>
      ) : null}
      {props.isAdmin && practice.status === 'archived' ? (
        <Form action={action('archive')}>
          <input type="hidden" name="archive" value="no" />
          <Button variant="secondary">{t('practices.practice.unarchive')}</Button>
        </Form>
      ) : null}
      {practice.status === 'published' ? (
        <p>
          <a href={href(`/practices/${practice.slug}`)}>{t('practices.practice.inLibrary')}</a>
        </p>
      ) : null}

      {working ? (
        <section class="stack">
          <h2>
            {published
              ? t('practices.practice.update', { n: working.revision.number })
              : t('practices.practice.current')}{' '}
            <RevisionStatusTag status={working.revision.status} />
          </h2>
          <RevisionContent view={working} fileHref={fileHref} />
        </section>
      ) : null}
      {published ? (
        <section class="stack">
          <h2>{t('practices.practice.published', { n: published.revision.number })}</h2>
          <RevisionContent view={published} fileHref={fileHref} />
        </section>
      ) : null}
      <h2>{t('practices.practice.history')}</h2>
      <History events={history} />
    </Layout>
  );
}
