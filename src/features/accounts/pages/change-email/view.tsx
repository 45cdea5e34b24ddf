import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';

export function ChangeEmailPage({ form, currentEmail }: { form: FormState; currentEmail: string }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.changeEmail.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/account')}>{t('accounts.backToAccount')}</BackLink>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.changeEmail.lead', { email: currentEmail })}</p>
      <Form action={href('/account/email')}>
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('accounts.changeEmail.newEmail')}
          hint={t('accounts.changeEmail.newEmailHint')}
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          form={form}
          name="current_password"
          type="password"
          label={t('accounts.field.currentPassword.label')}
          autocomplete="current-password"
        />
        <Button>{t('accounts.changeEmail.submit')}</Button>
      </Form>
    </Layout>
  );
}
