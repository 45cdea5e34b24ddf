import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';

export function ChangePasswordPage({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.changePassword.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/account')}>{t('accounts.backToAccount')}</BackLink>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.changePassword.lead')}</p>
      <Form action={href('/account/password')}>
        <TextField
          form={form}
          name="current_password"
          type="password"
          label={t('accounts.field.currentPassword.label')}
          autocomplete="current-password"
        />
        <TextField
          form={form}
          name="new_password"
          type="password"
          label={t('accounts.field.newPassword.label')}
          hint={t('accounts.field.newPassword.hint')}
          autocomplete="new-password"
        />
        <Button>{t('accounts.changePassword.submit')}</Button>
      </Form>
      <p>
        <a href={href('/forgot-password')}>{t('accounts.changePassword.forgot')}</a>
      </p>
    </Layout>
  );
}
