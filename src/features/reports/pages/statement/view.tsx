import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, SummaryList } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, TextField, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import type { StatementView } from '../../service-statement.ts';
import { statementText } from '../../statement-text.ts';
import { reportPath, ReportTop } from '../parts.tsx';
import { NAME_MAX, ROLE_MAX } from './schema.ts';

export const statementPath = (orgId: string, year: number) => `${reportPath(orgId, year)}/statement`;

/** The organisation's side: whom the statement was sent to, whether it is signed, and the form to send it. */
export function StatementPage(props: { view: StatementView; orgId: string; orgName: string; canWrite: boolean; form: FormState }) {
  const { t, fmt, lang } = usePage();
  const href = useHref();
  const { report, statement } = props.view;
  const title = t('reports.statement.title', { year: report.year });
  const signed = statement?.signed_at ? statement : null;
  const writable = props.canWrite && report.status === 'draft' && !signed;
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <div class="stack">
        <ReportTop orgId={props.orgId} orgName={props.orgName} year={report.year} title={title}>
          <p class="lead">{t('reports.statement.lead')}</p>
        </ReportTop>
        <FormProblems form={props.form} />
        {signed ? (
          <Banner kind="success" title={t('reports.statement.signedBy', { name: signed.signed_name!, date: fmt.dateTime(signed.signed_at) })}>
            <p>
              {t('reports.statement.fingerprint')} <code class="hash">{signed.text_hash}</code>
            </p>
          </Banner>
        ) : statement ? (
          <Banner title={t('reports.statement.waiting', { name: statement.executive_name, email: statement.executive_email })}>
            <p>{t('reports.statement.waitingSince', { sent: fmt.dateTime(statement.requested_at), expires: fmt.date(statement.expires_at) })}</p>
          </Banner>
        ) : (
          <p>{t('reports.statement.notRequested')}</p>
        )}
        <h2>{t('reports.statement.textTitle')}</h2>
        <blockquote>
          <p>{statementText(lang, props.orgName, report.year).text}</p>
        </blockquote>
        {statement ? (
          <SummaryList
            rows={[
              { key: t('reports.statement.field.name'), value: statement.executive_name },
              { key: t('reports.statement.field.email'), value: statement.executive_email },
              { key: t('reports.statement.field.role'), value: statement.executive_role || '–' },
            ]}
          />
        ) : null}
        {writable ? (
          <Form action={href(statementPath(props.orgId, report.year))} class="stack">
            <h2>{statement ? t('reports.statement.sendAgainTitle') : t('reports.statement.sendTitle')}</h2>
            <p>{t('reports.statement.sendLead')}</p>
            <TextField form={props.form} name="name" label={t('reports.statement.field.name')} autocomplete="off" maxLength={NAME_MAX} />
            <TextField form={props.form} name="email" type="email" label={t('reports.statement.field.email')} autocomplete="off" spellcheck={false} />
            <TextField form={props.form} name="role" label={t('reports.statement.field.role')} hint={t('reports.statement.field.roleHint')} maxLength={ROLE_MAX} required={false} />
            <Button>{statement ? t('reports.statement.sendAgain') : t('reports.statement.send')}</Button>
          </Form>
        ) : null}
      </div>
    </Layout>
  );
}
