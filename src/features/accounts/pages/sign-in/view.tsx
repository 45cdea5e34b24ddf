import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';

export function SignInPage({ form, next }: { form: FormState; next: string | null }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.signIn.title');
  const action = href('/sign-in') + (next ? `?next=${encodeURIComponent(next)}` : '');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      {next ? <p class="lead">{t('accounts.signIn.needed')}</p> : null}
      <Form action={action}>
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('accounts.field.email.label')}
          autocomplete="username"
          spellcheck={false}
        />
        <TextField
          form={form}
          name="password"
          type="password"
          label={t('accounts.field.password.label')}
          autocomplete="current-password"
        />
        <Button>{t('accounts.signIn.submit')}</Button>
      </Form>
      <ul>
        <li>
          <a href={href('/forgot-password')}>{t('accounts.signIn.forgot')}</a>
        </li>
        <li>
          <a href={href(`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ''}`)}>
            {t('accounts.signIn.noAccount')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
