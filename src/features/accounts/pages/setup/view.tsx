import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';

export function SetupPage({ form, token }: { form: FormState; token: string }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.setup.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.setup.lead')}</p>
      <Form action={href(`/setup/${token}`)}>
        <TextField
          form={form}
          name="name"
          label={t('accounts.field.name.label')}
          autocomplete="name"
          spellcheck={false}
        />
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('accounts.field.email.label')}
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          form={form}
          name="password"
          type="password"
          label={t('accounts.field.choosePassword.label')}
          hint={t('accounts.field.newPassword.hint')}
          autocomplete="new-password"
        />
        <Button>{t('accounts.setup.submit')}</Button>
      </Form>
    </Layout>
  );
}
