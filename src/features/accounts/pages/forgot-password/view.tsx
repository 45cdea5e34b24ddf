import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';

export function ForgotPasswordPage({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.forgot.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/sign-in')}>{t('accounts.backToSignIn')}</BackLink>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.forgot.lead')}</p>
      <Form action={href('/forgot-password')}>
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('accounts.field.email.label')}
          autocomplete="email"
          spellcheck={false}
        />
        <Button>{t('accounts.forgot.submit')}</Button>
      </Form>
    </Layout>
  );
}
