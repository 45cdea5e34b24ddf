import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';

export function HomePage() {
  const { t } = usePage();
  return (
    <Layout title={t('home.title')}>
      <h1>{t('home.title')}</h1>
    </Layout>
  );
}
