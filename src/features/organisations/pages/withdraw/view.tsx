import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, SummaryList } from '../../../../platform/views/components.tsx';
import { Button, ErrorSummary, Form, TextArea, type FormState } from '../../../../platform/views/form.tsx';
import type { OrgStatus } from '../../organisations.table.ts';
import { WITHDRAWAL_REASON_MAX } from '../../withdrawal.ts';
import { OrgHeading, STATUS_LABEL } from '../shared.tsx';

interface Props {
  orgId: string;
  orgName: string;
}

/** Step 1: what withdrawing means, and the reason (required, shown publicly). */
export function WithdrawPage({ orgId, orgName, form }: Props & { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('organisations.withdraw.title');
  return (
    <Layout title={`${title} – ${orgName}`} noindex>
      <ErrorSummary form={form} />
      <OrgHeading orgId={orgId} orgName={orgName} title={title} />
      <p class="lead">{t('organisations.withdraw.lead', { org: orgName })}</p>
      <h2>{t('organisations.withdraw.consequences.title')}</h2>
      <ul>
        <li>{t('organisations.withdraw.consequences.list')}</li>
        <li>{t('organisations.withdraw.consequences.public')}</li>
        <li>{t('organisations.withdraw.consequences.mail')}</li>
        <li>{t('organisations.withdraw.consequences.again')}</li>
      </ul>
      <Form action={href(`/organisations/${orgId}/withdraw`)}>
        <TextArea
          form={form}
          name="reason"
          label={t('organisations.withdraw.reason.label')}
          hint={t('organisations.withdraw.reason.hint')}
          maxLength={WITHDRAWAL_REASON_MAX}
        />
        <Button>{t('organisations.withdraw.continue')}</Button>
      </Form>
    </Layout>
  );
}

/** Step 2: the last check before the status changes. */
export function ConfirmWithdrawPage({ orgId, orgName, reason }: Props & { reason: string }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('organisations.withdraw.confirm.title', { org: orgName });
  return (
    <Layout title={title} noindex>
      <OrgHeading orgId={orgId} orgName={orgName} title={title} />
      <SummaryList rows={[{ key: t('organisations.withdraw.confirm.reason'), value: reason }]} />
      <Banner kind="warning" title={t('organisations.withdraw.confirm.warning')}>
        <p>{t('organisations.withdraw.confirm.warningBody')}</p>
      </Banner>
      <Form action={href(`/organisations/${orgId}/withdraw/confirm`)}>
        {/* The reason travels with the confirmation, so nothing is stored before the person confirms. */}
        <input type="hidden" name="reason" value={reason} />
        <div class="button-group">
          <Button variant="warning" name="step" value="confirm">
            {t('organisations.withdraw.confirm.submit')}
          </Button>
          <Button variant="secondary" name="step" value="edit">
            {t('organisations.withdraw.confirm.edit')}
          </Button>
        </div>
      </Form>
    </Layout>
  );
}

/** When the organisation is not a signatory, there is nothing to withdraw from. */
export function CannotWithdrawPage({ orgId, orgName, status }: Props & { status: OrgStatus }) {
  const { t } = usePage();
  const title = t('organisations.withdraw.title');
  return (
    <Layout title={`${title} – ${orgName}`} noindex>
      <OrgHeading orgId={orgId} orgName={orgName} title={title} />
      <Banner kind="info" title={t('organisations.withdraw.notSignatory.title')}>
        <p>{t('organisations.withdraw.notSignatory.body', { status: t(STATUS_LABEL[status]) })}</p>
      </Banner>
    </Layout>
  );
}
