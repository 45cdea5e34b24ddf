import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form } from '../../../../platform/views/form.tsx';

/** A button, not an automatic change: mail programs that open links in advance change nothing. */
export function VerifyEmailPage({ token }: { token: string }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <Layout title={t('accounts.verify.title')} noindex>
      <h1>{t('accounts.verify.title')}</h1>
      <p>{t('accounts.verify.body')}</p>
      <Form action={href(`/verify-email/${token}`)}>
        <Button>{t('accounts.verify.submit')}</Button>
      </Form>
    </Layout>
  );
}
