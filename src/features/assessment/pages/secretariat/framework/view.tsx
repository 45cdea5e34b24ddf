import { Layout } from '../../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../../platform/views/context.ts';
import { Banner, BackLink, MultiLine, SummaryList, Table, Tag } from '../../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../../platform/views/form.tsx';
import { LANGS, NATIVE_NAME } from '../../../../../platform/i18n/i18n.ts';
import { AUDIENCES, type Dimension, type Framework, type LevelText } from '../../../framework.ts';
import type { FrameworkVersionLine } from '../../../repository-secretariat.ts';
import { AUDIENCE_LABEL, LEVEL_LABEL, STATUS_LABEL, STATUS_TONE } from '../labels.ts';

/**
 * One framework version, read-only, in the reader's language (the same page in the other
 * languages is one link away). A draft adds a link to edit each dimension and the form that
 * publishes it; `notEditable` explains why a version in force or superseded was not changed.
 */
export function FrameworkPage(props: { framework: Framework; line: FrameworkVersionLine; notEditable?: boolean }) {
  const { t, fmt, lang } = usePage();
  const href = useHref();
  const { framework, line } = props;
  const draft = framework.status === 'draft';
  const base = `/secretariat/assessment/frameworks/${framework.version}`;
  const title = t('assessment.framework.version', { version: framework.version });
  return (
    <Layout title={title} noindex wide>
      <BackLink href={href('/secretariat/assessment')}>{t('assessment.framework.back')}</BackLink>
      <h1>
        {title} <Tag tone={STATUS_TONE[framework.status]}>{t(STATUS_LABEL[framework.status])}</Tag>
      </h1>
      {props.notEditable ? (
        <Banner kind="warning" title={t('assessment.framework.notEditable')}>
          <p>{t('assessment.framework.notEditable.body')}</p>
        </Banner>
      ) : null}
      <SummaryList
        rows={[
          { key: t('assessment.framework.createdAt'), value: fmt.date(line.createdAt) },
          ...(line.publishedAt
            ? [{ key: t('assessment.framework.publishedAt'), value: fmt.date(line.publishedAt) }]
            : []),
          ...(line.supersededAt
            ? [{ key: t('assessment.framework.supersededAt'), value: fmt.date(line.supersededAt) }]
            : []),
        ]}
      />
      <p>
        {t('assessment.framework.otherLanguages')}{' '}
        {LANGS.filter((l) => l !== lang).map((l, i) => (
          <>
            {i > 0 ? ' · ' : null}
            <a href={`/${l}${base}`} hreflang={l} lang={l}>
              {NATIVE_NAME[l]}
            </a>
          </>
        ))}
      </p>
      {draft ? (
        <section aria-labelledby="publish" class="stack">
          <h2 id="publish">{t('assessment.framework.publish.title')}</h2>
          <p>{t('assessment.framework.publish.body')}</p>
          <Form action={href(`${base}/publish`)}>
            <Button variant="warning">
              {t('assessment.framework.publish.button', { version: framework.version })}
            </Button>
          </Form>
        </section>
      ) : null}
      {framework.content.dimensions.map((d) => (
        <DimensionSection dimension={d} editHref={draft ? href(`${base}/dimensions/${d.key}`) : null} />
      ))}
      {draft ? (
        <p>
          <a href={href(`${base}/new-dimension`)}>{t('assessment.framework.add.link')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

function DimensionSection({ dimension, editHref }: { dimension: Dimension; editHref: string | null }) {
  const { t, lang } = usePage();
  const id = `dimension-${dimension.key}`;
  return (
    <section aria-labelledby={id} class="stack">
      <h2 id={id}>{dimension.title[lang]}</h2>
      <p>{dimension.summary[lang]}</p>
      {editHref ? (
        <p>
          <a href={editHref}>
            {t('assessment.framework.editDimension')}
            <span class="visually-hidden"> {dimension.title[lang]}</span>
          </a>
        </p>
      ) : null}
      {AUDIENCES.map((audience) => (
        <>
          <h3>{t(AUDIENCE_LABEL[audience])}</h3>
          <Table
            caption={t('assessment.framework.cellCaption', {
              dimension: dimension.title[lang],
              audience: t(AUDIENCE_LABEL[audience]),
            })}
            captionHidden
            rows={dimension.cells[audience].levels.map((text, level) => ({ level, text }))}
            columns={[
              {
                header: t('assessment.framework.level'),
                cell: (r: { level: number; text: LevelText }) =>
                  t('assessment.framework.levelName', {
                    level: r.level,
                    name: t(LEVEL_LABEL[r.level as keyof typeof LEVEL_LABEL]),
                  }),
              },
              {
                header: t('assessment.framework.descriptor'),
                cell: (r) => <MultiLine text={r.text.descriptor[lang]} />,
              },
              { header: t('assessment.framework.examples'), cell: (r) => <MultiLine text={r.text.examples[lang]} /> },
            ]}
          />
        </>
      ))}
    </section>
  );
}
