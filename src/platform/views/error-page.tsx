import { Layout } from './layout.tsx';
import { usePage, useHref } from './context.ts';

export type ErrorKind = 'notFound' | 'forbidden' | 'csrf' | 'tooLarge' | 'badRequest' | 'server' | 'tooManyRequests';

// The title and text of each kind of error, written out so each key appears literally.
const ERROR_TEXT = {
  notFound: { title: 'error.notFound.title', body: 'error.notFound.body' },
  forbidden: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
  csrf: { title: 'error.csrf.title', body: 'error.csrf.body' },
  tooLarge: { title: 'error.tooLarge.title', body: 'error.tooLarge.body' },
  badRequest: { title: 'error.badRequest.title', body: 'error.badRequest.body' },
  server: { title: 'error.server.title', body: 'error.server.body' },
  tooManyRequests: { title: 'error.tooManyRequests.title', body: 'error.tooManyRequests.body' },
} as const satisfies Record<ErrorKind, { title: string; body: string }>;

/** Every error a person can meet: what happened, in plain words, and what to do next. */
export function ErrorPage({ kind }: { kind: ErrorKind }) {
  const { t } = usePage();
  const href = useHref();
  const title = t(ERROR_TEXT[kind].title);
  return (
    <Layout title={title} noindex>
      <h1>{title}</h1>
      <p>{t(ERROR_TEXT[kind].body)}</p>
      <p>
        <a href={href('/')}>{t('error.home')}</a>
      </p>
    </Layout>
  );
}
