import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, ButtonLink, SummaryList, Tag } from '../../../../platform/views/components.tsx';
import { isoDate } from '../../../../platform/i18n/format.ts';
import { LANGS, NATIVE_NAME } from '../../../../platform/i18n/i18n.ts';
import type { CharterStatus } from '../../charter.table.ts';
import { CharterText } from '../../charter-text.tsx';
import type { Charter, CharterVersion } from '../../service.ts';


export const STATUS = {
  draft: 'charter.status.draft',
  in_force: 'charter.status.inForce',
  superseded: 'charter.status.superseded',
} as const;
const TONE = { draft: 'yellow', in_force: 'green', superseded: 'grey' } as const;

export function StatusTag({ status }: { status: CharterStatus }) {
  const { t } = usePage();
  return <Tag tone={TONE[status]}>{t(STATUS[status])}</Tag>;
}

/** Links to the same version's text in each language, the interface staying as it is. */
function TextLanguages({ charter, basePath }: { charter: Charter; basePath: string }) {
  const { lang } = usePage();
  const href = useHref();
  return (
    <ul>
      {LANGS.map((l) => (
        <li>
          <a
            href={href(l === lang ? basePath : `${basePath}?text=${l}`)}
            hreflang={l}
            lang={l}
            aria-current={l === charter.lang ? 'true' : undefined}
          >
            {NATIVE_NAME[l]}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Versions({ versions, shown }: { versions: CharterVersion[]; shown: number }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t('charter.versions.title')}</h2>
      <ul>
        {versions.map((v) => (
          <li>
            <a href={href(`/charter/versions/${v.version}`)} aria-current={v.version === shown ? 'page' : undefined}>
              {t('charter.versions.item', { version: v.version })}
            </a>{' '}
            <StatusTag status={v.status} />{' '}
            {v.publishedAt ? (
              <span>
                {t('charter.versions.publishedOn')}{' '}
                <time datetime={isoDate(v.publishedAt)}>{fmt.date(v.publishedAt)}</time>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface CharterPageProps {
  charter: Charter;
  /** Published versions, newest first. */
  versions: CharterVersion[];
  /** The page's own path after the language: /charter or /charter/versions/2. */
  basePath: string;
}

export function CharterPage({ charter, versions, basePath }: CharterPageProps) {
  const { t, fmt, lang } = usePage();
  const href = useHref();
  const textLang = charter.lang === lang ? undefined : charter.lang;
  const inForce = charter.status === 'in_force';
  const title =
    basePath === '/charter' ? t('charter.page.title') : t('charter.version.pageTitle', { version: charter.version });
  return (
    <Layout title={title}>
      <p class="caption">{t('charter.page.caption', { version: charter.version })}</p>
      <h1 lang={textLang}>{charter.title}</h1>
      {charter.status === 'superseded' ? (
        <Banner kind="warning" title={t('charter.superseded.title')}>
          <p>{t('charter.superseded.body')}</p>
          <p>
            <a href={href('/charter')}>{t('charter.superseded.link')}</a>
          </p>
        </Banner>
      ) : null}
      <p class="lead">{t('charter.page.lead', { count: charter.commitments.length })}</p>
      <SummaryList
        rows={[
          { key: t('charter.summary.version'), value: fmt.number(charter.version) },
          { key: t('charter.summary.status'), value: <StatusTag status={charter.status} /> },
          {
            key: t('charter.summary.publishedOn'),
            value: charter.publishedAt ? (
              <time datetime={isoDate(charter.publishedAt)}>{fmt.date(charter.publishedAt)}</time>
            ) : (
              '–'
            ),
          },
          { key: t('charter.summary.languages'), value: <TextLanguages charter={charter} basePath={basePath} /> },
        ]}
      />
      {inForce ? (
        <p>
          <ButtonLink href={href('/sign')}>{t('charter.sign')}</ButtonLink>
        </p>
      ) : null}
      <section aria-labelledby="commitments">
        <h2 id="commitments">{t('charter.commitments.title')}</h2>
        <p>{t('charter.commitments.intro')}</p>
        <ol lang={textLang}>
          {charter.commitments.map((c) => (
            <li id={`commitment-${c.number}`}>{c.shortTitle}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="full-text">
        <h2 id="full-text">{t('charter.fullText.title')}</h2>
        <CharterText charter={charter} headingLevel={2} withoutTitle />
      </section>
      {versions.length > 1 ? <Versions versions={versions} shown={charter.version} /> : null}
    </Layout>
  );
}
