import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import { Button, Checkboxes, Form, FormProblems, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import type { SubmitCheck } from '../../service-submit.ts';
import { HEADLINE_LABEL } from '../amend/labels.ts';
import { statementPath } from '../statement/view.tsx';
import { reportPath, ReportTop } from '../parts.tsx';

export const submitPath = (orgId: string, year: number) => `${reportPath(orgId, year)}/submit`;

/** Check before submitting: what is missing, what blocks, and the submit button once nothing does. */
export function SubmitPage(props: { check: SubmitCheck; orgId: string; orgName: string; canWrite: boolean; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { check, orgId } = props;
  const year = check.report.year;
  const title = t('reports.submit.title', { year });
  if (check.report.status === 'submitted')
    return (
      <Layout title={title} noindex>
        <div class="stack">
          <ReportTop orgId={orgId} orgName={props.orgName} year={year} title={title} />
          <Banner kind="success" title={t('reports.submit.done', { date: fmt.date(check.report.submitted_at) })}>
            <p>{check.report.private ? t('reports.submit.donePrivate') : t('reports.submit.donePublic')}</p>
          </Banner>
          <p>
            <a href={href(`${reportPath(orgId, year)}/amend`)}>{t('reports.submit.amendLink')}</a>
          </p>
        </div>
      </Layout>
    );
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <div class="stack">
        <ReportTop orgId={orgId} orgName={props.orgName} year={year} title={title}>
          <p class="lead">{t('reports.submit.lead')}</p>
        </ReportTop>
        <FormProblems form={props.form} />
        <h2>{t('reports.submit.checkTitle')}</h2>
        <ul>
          <li>
            {check.statementSigned ? (
              t('reports.submit.statementSigned', { name: check.statement?.signed_name ?? '' })
            ) : (
              <a href={href(statementPath(orgId, year))}>{t('reports.submit.statementMissing')}</a>
            )}
          </li>
          {check.unconfirmed.length === 0 ? (
            <li>{t('reports.submit.sectionsDone')}</li>
          ) : (
            check.unconfirmed.map((n) => (
              <li>
                <a href={href(reportPath(orgId, year))}>{t('reports.submit.sectionMissing', { commitment: n })}</a>
              </li>
            ))
          )}
          {check.emptyFigures.map((f) => (
            <li>{t('reports.submit.figureEmpty', { figure: t(HEADLINE_LABEL[f]) })}</li>
          ))}
        </ul>
        {check.emptyFigures.length > 0 ? <p>{t('reports.submit.figuresHint')}</p> : null}
        {!props.canWrite ? (
          <p>{t('reports.submit.adminsOnly')}</p>
        ) : check.ready ? (
          <Form action={href(submitPath(orgId, year))} class="stack">
            <h2>{t('reports.submit.formTitle')}</h2>
            <p>{t('reports.submit.formLead')}</p>
            {check.mayKeepPrivate ? (
              <Checkboxes
                form={props.form}
                name="keepPrivate"
                label={t('reports.submit.privateLegend')}
                hint={t('reports.submit.privateHint')}
                options={[{ value: 'yes', label: t('reports.submit.privateLabel') }]}
              />
            ) : null}
            <Button>{t('reports.submit.button')}</Button>
          </Form>
        ) : (
          <p>{t('reports.submit.blocked')}</p>
        )}
      </div>
    </Layout>
  );
}
