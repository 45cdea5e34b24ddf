import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';

export function ResendVerificationPage({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.resend.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.resend.lead')}</p>
      <Form action={href('/resend-verification')}>
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('accounts.field.email.label')}
          autocomplete="email"
          spellcheck={false}
        />
        <Button>{t('accounts.resend.submit')}</Button>
      </Form>
    </Layout>
  );
}
