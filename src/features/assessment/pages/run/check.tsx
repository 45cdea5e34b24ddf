import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, fieldId, Form, FormProblems, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, MultiLine, SummaryList, type SummaryRow } from '../../../../platform/views/components.tsx';
import { dimensionOf, type CellKey, type Dimension, type Level } from '../../framework.ts';
import type { AnswerRow } from '../../repository-runs.ts';
import type { RunView } from '../../service-read.ts';
import { AUDIENCE_LABEL, LEVEL_LABEL } from './labels.ts';
import { answerField } from './schema.ts';
import { answersPath, dimensionsInScope, overviewPath, runPath } from './parts.tsx';

/** The id of a cell's block on the check page: where a "missing level" message links to. */
export const missingField = (c: CellKey): string => `missing_${c.dimension}_${c.audience}`;

/**
 * Check your answers: every cell in scope with what it holds and a link to change it; the
 * cells still without a level listed first; then submit (for those who write). Members who do
 * not write read a draft here.
 */
export function CheckPage(props: { view: RunView; missing: CellKey[]; form: FormState }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { view, missing, form } = props;
  const base = runPath(view.org.id, view.run.id);
  const title = t('assessment.run.check.title');
  const submitted = Object.keys(form.errors).length > 0;
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(overviewPath(view.org.id))}>{t('assessment.overview.title')}</BackLink>
      <p class="caption">{view.org.legalName}</p>
      <h1>{title}</h1>
      <FormProblems form={form} />
      {!submitted && missing.length > 0 ? (
        <Banner kind="warning" title={t('assessment.run.check.missing', { count: missing.length })}>
          <ul>
            {missing.map((c) => (
              <li>
                <a href={`#${fieldId(missingField(c))}`}>
                  {t('assessment.run.check.missingCell', {
                    dimension: dimensionOf(view.framework, c.dimension)?.title[lang] ?? c.dimension,
                    audience: t(AUDIENCE_LABEL[c.audience]),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {view.writer ? (
        <p>
          <a href={href(`${base}/scope`)}>{t('assessment.run.check.changeScope')}</a>
        </p>
      ) : (
        <p>{t('assessment.overview.readOnly')}</p>
      )}
      {dimensionsInScope(view.framework, view.answers).map((d) => (
        <section class="stack">
          <h2>{d.title[lang]}</h2>
          {view.answers
            .filter((a) => a.dimension === d.key)
            .map((a) => (
              <CellSummary view={view} dimension={d} answer={a} />
            ))}
        </section>
      ))}
      {view.writer ? (
        <Form action={href(`${base}/submit`)} class="stack">
          <h2>{t('assessment.run.check.submit.title')}</h2>
          <p>{t('assessment.run.check.submit.lead')}</p>
          <Button>{t('assessment.run.check.submit')}</Button>
        </Form>
      ) : null}
    </Layout>
  );
}

function CellSummary(props: { view: RunView; dimension: Dimension; answer: AnswerRow }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { view, dimension, answer: a } = props;
  const audience = t(AUDIENCE_LABEL[a.audience]);
  const page = href(answersPath(view.org.id, view.run.id, dimension.key));
  const change = (field: 'level' | 'evidence' | 'links' | 'plan', what: string): SummaryRow['action'] =>
    view.writer
      ? {
          href: `${page}#${fieldId(answerField(a.audience, field))}`,
          label: t('assessment.run.check.change'),
          hidden: `${what} (${dimension.title[lang]}, ${audience})`,
        }
      : undefined;
  const none = t('assessment.run.check.none');
  const level = a.level === null ? null : (a.level as Level);
  const rows: SummaryRow[] = [
    {
      key: t('assessment.run.check.level'),
      value:
        level === null ? (
          <strong>{t('assessment.run.check.noLevel')}</strong>
        ) : (
          <>
            <p>{t('assessment.run.answers.levelName', { level, name: t(LEVEL_LABEL[level]) })}</p>
            <p class="hint">{dimension.cells[a.audience].levels[level]?.descriptor[lang]}</p>
          </>
        ),
      action: change('level', t('assessment.run.check.level')),
    },
    {
      key: t('assessment.run.check.evidence'),
      value: a.evidence ? <MultiLine text={a.evidence} /> : none,
      action: change('evidence', t('assessment.run.check.evidence')),
    },
    {
      key: t('assessment.run.check.links'),
      value: a.links ? (
        <ul>
          {a.links.split('\n').map((l) => (
            <li>
              <a href={l} rel="noopener noreferrer nofollow">
                {l}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        none
      ),
      action: change('links', t('assessment.run.check.links')),
    },
    {
      key: t('assessment.run.check.file'),
      value: a.file ? (
        <a href={href(`${runPath(view.org.id, view.run.id)}/files/${a.dimension}/${a.audience}`)}>
          {a.file_name ?? a.file}
        </a>
      ) : (
        none
      ),
      action: view.writer
        ? {
            href: href(`${answersPath(view.org.id, view.run.id, dimension.key)}/${a.audience}/file`),
            label: t('assessment.run.check.change'),
            hidden: `${t('assessment.run.check.file')} (${dimension.title[lang]}, ${audience})`,
          }
        : undefined,
    },
    {
      key: t('assessment.run.check.plan'),
      value: a.plan ? <MultiLine text={a.plan} /> : none,
      action: change('plan', t('assessment.run.check.plan')),
    },
  ];
  return (
    <div class="stack">
      <h3 id={fieldId(missingField(a))} tabIndex={-1}>
        {audience}
      </h3>
      <SummaryList rows={rows} />
    </div>
  );
}
