import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Pagination, Table } from '../../../../platform/views/components.tsx';
import { Button, emptyForm, FilterForm, Select } from '../../../../platform/views/form.tsx';
import { LANGS, type Lang } from '../../../../platform/i18n/i18n.ts';
import { tagLabel } from '../../components.tsx';
import { encodeCursor, type Cursor } from '../../service-read.ts';
import type { MissingCounts, MissingLine } from '../../service-languages.ts';

// The secretariat's list of published practices that lack a language, filtered by that
// language with a plain GET form (the choice stays in the address), so it can ask the
// organisations for translations. Counts come from the maintained counts, never the table.

const PATH = '/secretariat/practice-languages';

export function PracticeLanguagesPage(props: {
  missing: Lang | null;
  counts: MissingCounts;
  lines: MissingLine[];
  next: Cursor | null;
  isFirstPage: boolean;
}) {
  const { t, lang } = usePage();
  const href = useHref();
  const { missing, counts } = props;
  const names = (langs: readonly Lang[]) => langs.map((l) => t(tagLabel('language', l))).join(', ');
  const query = (after: Cursor | null) => {
    const params = new URLSearchParams();
    if (missing) params.set('missing', missing);
    if (after) params.set('after', encodeCursor(after));
    const s = params.toString();
    return href(s ? `${PATH}?${s}` : PATH);
  };
  const title = t('practices.languages.title');
  return (
    <Layout title={props.isFirstPage ? title : t('practices.languages.titlePaged', { title })} wide noindex>
      <BackLink href={href('/secretariat')}>{t('practices.languages.back')}</BackLink>
      <h1>{title}</h1>
      <p class="lead">{t('practices.languages.lead', { count: counts.any })}</p>
      <p>{t('practices.languages.hint')}</p>
      <FilterForm action={href(PATH)} label={t('practices.languages.filters')}>
        <Select
          form={emptyForm({ missing: missing ?? '' })}
          name="missing"
          label={t('practices.languages.missing.label')}
          placeholder={t('practices.languages.missing.any', { count: counts.any })}
          options={LANGS.map((l) => ({
            value: l,
            label: t('practices.languages.missing.option', { language: names([l]), count: counts[l] }),
          }))}
        />
        <div class="button-group">
          <Button>{t('practices.languages.submit')}</Button>
          {missing ? <a href={href(PATH)}>{t('practices.languages.clear')}</a> : null}
        </div>
      </FilterForm>
      <section class="stack" aria-labelledby="missing-heading">
        <h2 id="missing-heading">
          {missing
            ? t('practices.languages.countIn', { count: counts[missing], language: missing })
            : t('practices.languages.countAny', { count: counts.any })}
        </h2>
        {props.lines.length ? (
          <Table
            caption={t('practices.languages.caption')}
            captionHidden
            rows={props.lines}
            columns={[
              {
                header: t('practices.languages.col.practice'),
                cell: (l) => (
                  <a href={href(`/practices/${encodeURIComponent(l.slug)}`)} lang={l.titleLang === lang ? undefined : l.titleLang}>
                    {l.title}
                  </a>
                ),
              },
              { header: t('practices.languages.col.org'), cell: (l) => l.orgName },
              { header: t('practices.languages.col.has'), cell: (l) => names(l.has) },
              { header: t('practices.languages.col.lacks'), cell: (l) => names(l.lacks) },
            ]}
          />
        ) : props.isFirstPage ? null : (
          <p>{t('practices.languages.pageGone')}</p>
        )}
        <Pagination firstHref={props.isFirstPage ? null : query(null)} nextHref={props.next ? query(props.next) : null} />
      </section>
    </Layout>
  );
}
