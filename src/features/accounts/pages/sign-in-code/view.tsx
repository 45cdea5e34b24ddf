import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';

/** The second step of signing in: the password was right, now the code from the app. */
export function SignInCodePage({ form, next }: { form: FormState; next: string | null }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.signInCode.title');
  const query = next ? `?next=${encodeURIComponent(next)}` : '';
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <FormProblems form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.signInCode.lead')}</p>
      <Form action={href('/sign-in/code') + query}>
        <TextField
          form={form}
          name="code"
          label={t('accounts.secondFactor.field.code.label')}
          hint={t('accounts.signInCode.hint')}
          autocomplete="one-time-code"
          width="medium"
          spellcheck={false}
        />
        <Button>{t('accounts.signInCode.submit')}</Button>
      </Form>
      <p>
        <a href={href('/sign-in') + query}>{t('accounts.signInCode.startAgain')}</a>
      </p>
    </Layout>
  );
}
