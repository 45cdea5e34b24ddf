import { usePage, useHref } from '../../../../platform/views/context.ts';

// The place for what a reader can do with a practice besides adopting it. The routes behind
// these links ("ask the author", "report a problem") belong to the questions and reports work
// (issue 6, the API helper's branch); this component only links to them.

export function PracticeActions({ slug }: { slug: string }) {
  const { t } = usePage();
  const href = useHref();
  const base = `/practices/${encodeURIComponent(slug)}`;
  return (
    <section class="stack" aria-labelledby="practice-actions">
      <h2 id="practice-actions">{t('practices.page.actions.title')}</h2>
      <ul>
        <li>
          <a href={href(`${base}/ask`)}>{t('practices.page.actions.ask')}</a>
        </li>
        <li>
          <a href={href(`${base}/report`)}>{t('practices.page.actions.report')}</a>
        </li>
      </ul>
    </section>
  );
}
