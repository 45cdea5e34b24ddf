import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form } from '../../../../platform/views/form.tsx';

export function ConfirmEmailPage({ token, email }: { token: string; email: string }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <Layout title={t('accounts.confirmEmail.title')} noindex>
      <h1>{t('accounts.confirmEmail.title')}</h1>
      <p>{t('accounts.confirmEmail.body', { email })}</p>
      <Form action={href(`/confirm-email/${token}`)}>
        <Button>{t('accounts.confirmEmail.submit')}</Button>
      </Form>
    </Layout>
  );
}
