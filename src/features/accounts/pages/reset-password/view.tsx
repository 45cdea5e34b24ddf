import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';

export function ResetPasswordPage({ form, token }: { form: FormState; token: string }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.reset.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.reset.lead')}</p>
      <Form action={href(`/reset-password/${token}`)}>
        <TextField
          form={form}
          name="new_password"
          type="password"
          label={t('accounts.field.newPassword.label')}
          hint={t('accounts.field.newPassword.hint')}
          autocomplete="new-password"
        />
        <Button>{t('accounts.reset.submit')}</Button>
      </Form>
    </Layout>
  );
}
