import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, Tag } from '../../../../platform/views/components.tsx';
import type { SecondFactorStatus } from '../../service.ts';

/** Two-step sign-in on the account: turn it on, or see how many recovery codes are left and renew them. */
export function SecondFactorPage(props: {
  status: SecondFactorStatus;
  isSecretariat: boolean;
  /** Where a secretariat account was going when it was sent here to set it up. */
  next: string | null;
  renewForm: FormState;
}) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.secondFactor.title');
  const query = props.next ? `?next=${encodeURIComponent(props.next)}` : '';
  const { status } = props;
  return (
    <Layout title={titleAfter(t, title, props.renewForm)} noindex>
      <BackLink href={href('/account')}>{t('accounts.backToAccount')}</BackLink>
      {props.isSecretariat && !status.enrolled ? (
        <Banner kind="warning" title={t('accounts.secondFactor.required.title')}>
          <p>{t('accounts.secondFactor.required.text')}</p>
        </Banner>
      ) : null}
      <FormProblems form={props.renewForm} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.secondFactor.lead')}</p>
      {status.enrolled ? (
        <>
          <p>
            <Tag tone="green">{t('accounts.secondFactor.on')}</Tag>
          </p>
          <h2>{t('accounts.secondFactor.codes.title')}</h2>
          <p>{t('accounts.secondFactor.codes.left', { count: status.recoveryCodesLeft })}</p>
          <Form action={href('/account/second-factor/recovery-codes')}>
            <TextField
              form={props.renewForm}
              name="code"
              label={t('accounts.secondFactor.field.code.label')}
              hint={t('accounts.secondFactor.codes.hint')}
              autocomplete="one-time-code"
              inputMode="numeric"
              width="short"
              spellcheck={false}
            />
            <Button variant="secondary">{t('accounts.secondFactor.codes.submit')}</Button>
          </Form>
          <h2>{t('accounts.secondFactor.off.title')}</h2>
          {props.isSecretariat ? (
            <p>{t('accounts.secondFactor.off.secretariat')}</p>
          ) : (
            <p>
              <a href={href('/account/second-factor/turn-off')}>{t('accounts.secondFactor.off.link')}</a>
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t('accounts.secondFactor.how')}</p>
          <Form action={href('/account/second-factor/start') + query}>
            <Button>{t('accounts.secondFactor.start')}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}
