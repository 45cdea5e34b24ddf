import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';

export function SecondFactorOffPage({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.secondFactorOff.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/account/second-factor')}>{t('accounts.secondFactor.back')}</BackLink>
      <FormProblems form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.secondFactorOff.lead')}</p>
      <Form action={href('/account/second-factor/turn-off')}>
        <TextField
          form={form}
          name="current_password"
          type="password"
          label={t('accounts.field.currentPassword.label')}
          autocomplete="current-password"
        />
        <TextField
          form={form}
          name="code"
          label={t('accounts.secondFactor.field.code.label')}
          hint={t('accounts.signInCode.hint')}
          autocomplete="one-time-code"
          width="medium"
          spellcheck={false}
        />
        <Button variant="warning">{t('accounts.secondFactorOff.submit')}</Button>
      </Form>
    </Layout>
  );
}
