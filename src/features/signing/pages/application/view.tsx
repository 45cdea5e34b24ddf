import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, BackLink, SummaryList } from '../../../../platform/views/components.tsx';
import { Button, Form, TextArea, type FormState, FormProblems, titleAfter } from '../../../../platform/views/form.tsx';
import { MultiLine, OrganisationSummary, ErasedNotice, SignatureSummary, StatusTag } from '../../components.tsx';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { STATUS_NEXT } from '../../labels.ts';
import type { ApplicationView } from '../../service.ts';
import { ExecutiveFields } from '../apply/view.tsx';
import { REPLY_MAX } from './schema.ts';

function AwaitingExecutive({ view, form }: { view: ApplicationView; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const expired = view.tokenExpiresAt !== null && view.tokenExpiresAt <= new Date().toISOString();
  return (
    <section class="stack">
      <h2>{t('signing.application.link.title')}</h2>
      <p>
        {expired
          ? t('signing.application.link.expired', { name: view.executive.name, email: view.executive.email })
          : t('signing.application.link.sent', {
              name: view.executive.name,
              email: view.executive.email,
              date: fmt.date(view.tokenExpiresAt),
            })}
      </p>
      <p>{t('signing.application.link.again')}</p>
      <Form action={href(`/sign/applications/${view.id}/resend`)}>
        <ExecutiveFields form={form} />
        <Button variant="secondary">{t('signing.application.link.button')}</Button>
      </Form>
    </section>
  );
}

function InfoRequested({ view, form }: { view: ApplicationView; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <section class="stack">
      <h2>{t('signing.application.question.title')}</h2>
      <Banner kind="warning" title={t('signing.application.question.asked')}>
        {view.infoRequest ? <MultiLine text={view.infoRequest} /> : null}
      </Banner>
      <Form action={href(`/sign/applications/${view.id}/reply`)}>
        <TextArea
          form={form}
          name="reply"
          label={t('signing.application.reply.label')}
          hint={t('signing.application.reply.hint')}
          maxLength={REPLY_MAX}
        />
        <Button>{t('signing.application.reply.button')}</Button>
      </Form>
    </section>
  );
}

export function ApplicationPage(props: { view: ApplicationView; resendForm: FormState; replyForm: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { view } = props;
  const title = t('signing.application.title', { org: view.org.legalName });
  const shown = (value: string) => (view.erasedAt ? t('signing.erased.value') : value);
  return (
    <Layout title={titleAfter(t, title, props.resendForm, props.replyForm)} noindex>
      <BackLink href={href('/sign')}>{t('signing.application.back')}</BackLink>
      <div class="stack">
        <h1>{title}</h1>
        <FormProblems form={{ values: {}, errors: { ...props.resendForm.errors, ...props.replyForm.errors } }} />
        <p>
          <StatusTag status={view.status} />
        </p>
        <p class="lead">{t(STATUS_NEXT[view.status])}</p>
        {view.status === 'approved' ? (
          <p>
            <a href={href(`/signatories/${view.org.slug}`)}>
              {t('signing.application.publicProfile', { org: view.org.legalName })}
            </a>
          </p>
        ) : null}
        {(view.status === 'declined' || view.status === 'rejected') && view.decisionReason ? (
          <Banner
            kind="warning"
            title={t(
              view.status === 'declined' ? 'signing.application.declinedReason' : 'signing.application.rejectedReason',
            )}
          >
            <MultiLine text={view.decisionReason} />
          </Banner>
        ) : null}
        {view.status === 'declined' || view.status === 'rejected' ? (
          <p>
            <a href={href('/sign/apply')}>{t('signing.application.applyAgain')}</a>
          </p>
        ) : null}
        {view.status === 'awaiting_executive' ? <AwaitingExecutive view={view} form={props.resendForm} /> : null}
        {view.status === 'info_requested' ? <InfoRequested view={view} form={props.replyForm} /> : null}

        {view.erasedAt ? <ErasedNotice at={view.erasedAt} /> : null}
        {view.signature ? (
          <section class="stack">
            <h2>{t('signing.application.signature')}</h2>
            <SignatureSummary signature={view.signature} />
          </section>
        ) : null}

        <section class="stack">
          <h2>{t('signing.application.sent', { date: fmt.date(view.submittedAt) })}</h2>
          <OrganisationSummary org={view.org} />
          <h3>{t('signing.apply.section.executive')}</h3>
          <SummaryList
            rows={[
              { key: t('signing.apply.executiveName.label'), value: shown(view.executive.name) },
              { key: t('signing.apply.executiveTitle.label'), value: shown(view.executive.title) },
              { key: t('signing.apply.executiveEmail.label'), value: shown(view.executive.email) },
              { key: t('signing.apply.executiveLang.label'), value: t(LANGUAGE_LABEL[view.executive.lang]) },
            ]}
          />
          <h3>{t('signing.apply.section.contact')}</h3>
          <SummaryList
            rows={[
              { key: t('signing.apply.contact.name'), value: shown(view.contactName) },
              { key: t('signing.apply.contact.email'), value: shown(view.contactEmail) },
            ]}
          />
        </section>
      </div>
    </Layout>
  );
}
