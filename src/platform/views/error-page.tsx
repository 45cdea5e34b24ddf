import { Layout } from './layout.tsx';
import { usePage, useHref } from './context.ts';

export type ErrorKind = 'notFound' | 'forbidden' | 'csrf' | 'tooLarge' | 'badRequest' | 'server' | 'tooManyRequests';

/** Every error a person can meet: what happened, in plain words, and what to do next. */
export function ErrorPage({ kind }: { kind: ErrorKind }) {
  const { t } = usePage();
  const href = useHref();
  const title = t(`error.${kind}.title`);
  return (
    <Layout title={title} noindex>
      <h1>{title}</h1>
      <p>{t(`error.${kind}.body`)}</p>
      <p>
        <a href={href('/')}>{t('error.home')}</a>
      </p>
    </Layout>
  );
}

// Keys read through a template above; listed so the catalogue test sees them used.
export const ERROR_KEYS = [
  'error.notFound.title', 'error.notFound.body',
  'error.forbidden.title', 'error.forbidden.body',
  'error.csrf.title', 'error.csrf.body',
  'error.tooLarge.title', 'error.tooLarge.body',
  'error.badRequest.title', 'error.badRequest.body',
  'error.server.title', 'error.server.body',
  'error.tooManyRequests.title', 'error.tooManyRequests.body',
] as const;
