import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';

export function CloseAccountPage({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.close.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/account')}>{t('accounts.backToAccount')}</BackLink>
      <FormProblems form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.close.lead')}</p>
      <h2>{t('accounts.close.gone.title')}</h2>
      <ul>
        <li>{t('accounts.close.gone.details')}</li>
        <li>{t('accounts.close.gone.organisations')}</li>
        <li>{t('accounts.close.gone.draft')}</li>
      </ul>
      <h2>{t('accounts.close.kept.title')}</h2>
      <p>
        {t('accounts.close.kept.text')} <a href={href('/privacy')}>{t('accounts.close.kept.privacy')}</a>
      </p>
      <Form action={href('/account/close')}>
        <TextField
          form={form}
          name="current_password"
          type="password"
          label={t('accounts.field.currentPassword.label')}
          hint={t('accounts.close.passwordHint')}
          autocomplete="current-password"
        />
        <Button variant="warning">{t('accounts.close.submit')}</Button>
      </Form>
    </Layout>
  );
}
