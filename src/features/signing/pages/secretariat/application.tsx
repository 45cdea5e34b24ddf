import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner, SummaryList, Table } from '../../../../platform/views/components.tsx';
import { Button, Form, TextArea, type FormState, FormProblems, titleAfter } from '../../../../platform/views/form.tsx';
import { MultiLine, OrganisationSummary, ErasedNotice, SignatureSummary, StatusTag } from '../../components.tsx';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { HISTORY_LABEL } from '../../labels.ts';
import type { ApplicationView, HistoryLine } from '../../service.ts';
import { DECISION_TEXT_MAX } from './schema.ts';

export interface DecisionForms {
  approve: FormState;
  reject: FormState;
  info: FormState;
}

function Decisions({
  view,
  forms,
  ownInterest,
}: {
  view: ApplicationView;
  forms: DecisionForms;
  ownInterest: boolean;
}) {
  const { t } = usePage();
  const href = useHref();
  const base = `/secretariat/applications/${view.id}`;
  const reviewable = view.status === 'awaiting_review' || view.status === 'info_requested';
  const open = reviewable || view.status === 'awaiting_executive';
  if (!open) return null;
  // Separation of duties: no decision forms at all for one's own organisation.
  if (ownInterest)
    return (
      <Banner kind="warning" title={t('signing.review.ownInterest.title')}>
        <p>{t('signing.review.ownInterest.body')}</p>
      </Banner>
    );
  return (
    <section class="stack">
      <h2>{t('signing.review.decide')}</h2>
      {reviewable && view.signature ? (
        <Form action={href(`${base}/approve`)}>
          <h3>{t('signing.review.approve.title')}</h3>
          <p>{t('signing.review.approve.body', { org: view.org.legalName })}</p>
          <Button>{t('signing.review.approve.button')}</Button>
        </Form>
      ) : (
        <p>{t('signing.review.approve.notYet')}</p>
      )}
      {view.status === 'awaiting_review' ? (
        <Form action={href(`${base}/request-info`)}>
          <h3>{t('signing.review.info.title')}</h3>
          <TextArea
            form={forms.info}
            name="message"
            label={t('signing.review.info.label')}
            hint={t('signing.review.info.hint')}
            maxLength={DECISION_TEXT_MAX}
          />
          <Button variant="secondary">{t('signing.review.info.button')}</Button>
        </Form>
      ) : null}
      <Form action={href(`${base}/reject`)}>
        <h3>{t('signing.review.reject.title')}</h3>
        <TextArea
          form={forms.reject}
          name="reason"
          label={t('signing.review.reject.label')}
          hint={t('signing.review.reject.hint')}
          maxLength={DECISION_TEXT_MAX}
        />
        <Button variant="warning">{t('signing.review.reject.button')}</Button>
      </Form>
    </section>
  );
}

function History({ lines }: { lines: HistoryLine[] }) {
  const { t, fmt } = usePage();
  return (
    <Table
      caption={t('signing.review.history')}
      rows={lines}
      columns={[
        { header: t('signing.review.history.when'), cell: (l) => <time dateTime={l.at}>{fmt.dateTime(l.at)}</time> },
        {
          header: t('signing.review.history.what'),
          cell: (l) => (HISTORY_LABEL[l.action] ? t(HISTORY_LABEL[l.action]!) : l.action),
        },
        { header: t('signing.review.history.who'), cell: (l) => l.actorName ?? t('signing.review.history.executive') },
        { header: t('signing.review.history.text'), cell: (l) => (l.text ? <MultiLine text={l.text} /> : '') },
      ]}
    />
  );
}

export function ReviewPage(props: {
  view: ApplicationView;
  history: HistoryLine[];
  forms: DecisionForms;
  ownInterest: boolean;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { view } = props;
  return (
    <Layout
      title={titleAfter(t, view.org.legalName, props.forms.approve, props.forms.info, props.forms.reject)}
      wide
      noindex
    >
      <BackLink href={href(`/secretariat/applications?status=${view.status}`)}>{t('signing.review.back')}</BackLink>
      <div class="stack">
        <p class="caption">{t('signing.review.caption')}</p>
        <h1>{view.org.legalName}</h1>
        <FormProblems
          form={{
            values: {},
            errors: { ...props.forms.approve.errors, ...props.forms.info.errors, ...props.forms.reject.errors },
          }}
        />
        <p>
          <StatusTag status={view.status} />
        </p>
        {view.status === 'info_requested' && view.infoRequest ? (
          <Banner title={t('signing.review.waitingForAnswer')}>
            <MultiLine text={view.infoRequest} />
          </Banner>
        ) : null}
        {view.erasedAt ? <ErasedNotice at={view.erasedAt} /> : null}
        {!view.erasedAt && view.contactEmail === view.executive.email ? (
          <Banner kind="warning" title={t('signing.review.sameEmail')} />
        ) : null}
        <Decisions view={view} forms={props.forms} ownInterest={props.ownInterest} />

        <h2>{t('signing.review.signature')}</h2>
        {view.signature ? (
          <SignatureSummary
            signature={view.signature}
            scanHref={href(`/secretariat/scans/${view.signature.id}`)}
          />
        ) : (
          <p>{t('signing.review.noSignature')}</p>
        )}

        <h2>{t('signing.review.application')}</h2>
        <SummaryList
          rows={[
            {
              key: t('signing.queue.submitted'),
              value: <time dateTime={view.submittedAt}>{fmt.dateTime(view.submittedAt)}</time>,
            },
            {
              key: t('signing.review.charterVersion'),
              value: view.charterVersion === null ? '' : fmt.number(view.charterVersion),
            },
            {
              key: t('signing.review.contact'),
              value: view.erasedAt ? (
                t('signing.erased.value')
              ) : (
                <>
                  {view.contactName} (<a href={`mailto:${view.contactEmail}`}>{view.contactEmail}</a>)
                </>
              ),
            },
            {
              key: t('signing.review.executive'),
              value: view.erasedAt
                ? t('signing.erased.value')
                : // A paper signature has no address: the executive signed the printed form.
                  `${view.executive.name}, ${view.executive.title}${view.executive.email ? ` (${view.executive.email})` : ''}`,
            },
            { key: t('signing.review.executiveLang'), value: t(LANGUAGE_LABEL[view.executive.lang]) },
            ...(view.decisionReason
              ? [{ key: t('signing.review.reason'), value: <MultiLine text={view.decisionReason} /> }]
              : []),
          ]}
        />

        <h2>{t('signing.review.organisation')}</h2>
        <OrganisationSummary org={view.org} />

        <h2>{t('signing.review.history')}</h2>
        <History lines={props.history} />
      </div>
    </Layout>
  );
}
