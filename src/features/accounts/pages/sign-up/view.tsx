import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';

export function SignUpPage({ form, next }: { form: FormState; next: string | null }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.signUp.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.signUp.lead')}</p>
      <Form action={href('/sign-up')}>
        {next ? <input type="hidden" name="next" value={next} /> : null}
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
          hint={t('accounts.signUp.emailHint')}
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
        <Button>{t('accounts.signUp.submit')}</Button>
      </Form>
      <p>
        {t('accounts.signUp.haveAccount')}{' '}
        <a href={href(`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`)}>
          {t('accounts.signUp.signInLink')}
        </a>
      </p>
    </Layout>
  );
}
