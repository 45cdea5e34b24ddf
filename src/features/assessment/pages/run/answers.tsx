import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  Form,
  FormProblems,
  Radios,
  TextArea,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { Banner, BackLink } from '../../../../platform/views/components.tsx';
import { LEVELS, type Audience, type Dimension } from '../../framework.ts';
import type { AnswerRow } from '../../repository-runs.ts';
import { hasAnswer } from '../../service-run.ts';
import type { RunView } from '../../service-read.ts';
import { AUDIENCE_LABEL, LEVEL_LABEL } from './labels.ts';
import { answerField, EVIDENCE_MAX, LINKS_MAX, PLAN_MAX } from './schema.ts';
import { dimensionsInScope, overviewPath, runPath } from './parts.tsx';

/** The form's values from what is saved: what the page shows before anything is typed. */
export function answerValues(answers: readonly AnswerRow[]): FormState['values'] {
  const values: FormState['values'] = {};
  for (const a of answers) {
    values[answerField(a.audience, 'level')] = a.level === null ? undefined : String(a.level);
    values[answerField(a.audience, 'evidence')] = a.evidence;
    values[answerField(a.audience, 'links')] = a.links;
    values[answerField(a.audience, 'plan')] = a.plan;
  }
  return values;
}

/**
 * One dimension of a draft: for each audience in scope, the level (each with its full
 * descriptor and examples), the evidence, links, a file, and what comes next. Every button
 * saves first. After a refused field the valid ones are saved already, and the page says so.
 */
export function AnswersPage(props: { view: RunView; dimension: Dimension; form: FormState }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { view, dimension, form } = props;
  const dimensions = dimensionsInScope(view.framework, view.answers);
  const position = dimensions.findIndex((d) => d.key === dimension.key) + 1;
  const cells = view.answers.filter((a) => a.dimension === dimension.key);
  const title = dimension.title[lang];
  const failed = Object.keys(form.errors).length > 0;
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(overviewPath(view.org.id))}>{t('assessment.overview.title')}</BackLink>
      <p class="caption">{t('assessment.run.answers.step', { position, count: dimensions.length })}</p>
      <h1>{title}</h1>
      <p class="lead">{dimension.summary[lang]}</p>
      {failed ? <Banner kind="warning" title={t('assessment.run.answers.partlySaved')} /> : null}
      <FormProblems form={form} />
      <Form action={href(`${runPath(view.org.id, view.run.id)}/answers/${dimension.key}`)} class="stack">
        {cells.map((cell) => (
          <CellFields view={view} dimension={dimension} cell={cell} form={form} />
        ))}
        {/* "Save and continue" comes first: Enter in the form presses the first button. */}
        <div class="button-group">
          <Button name="next" value="continue">
            {t('assessment.run.answers.continue')}
          </Button>
          <Button name="next" value="later" variant="secondary">
            {t('assessment.run.answers.later')}
          </Button>
        </div>
        <div class="button-group">
          {cells.map((cell) => {
            const name = t(AUDIENCE_LABEL[cell.audience]);
            return (
              <Button name="next" value={`file:${cell.audience}`} variant="secondary">
                {cell.file
                  ? t('assessment.run.answers.file.change', { audience: name })
                  : t('assessment.run.answers.file.add', { audience: name })}
              </Button>
            );
          })}
        </div>
      </Form>
    </Layout>
  );
}

function CellFields(props: { view: RunView; dimension: Dimension; cell: AnswerRow; form: FormState }) {
  const { t, lang, fmt } = usePage();
  const href = useHref();
  const { view, dimension, cell, form } = props;
  const audience: Audience = cell.audience;
  const name = t(AUDIENCE_LABEL[audience]);
  const levels = dimension.cells[audience].levels;
  const base = runPath(view.org.id, view.run.id);
  return (
    <section class="stack">
      <h2>{name}</h2>
      {cell.updated_at === null && hasAnswer(cell) ? <p class="hint">{t('assessment.run.answers.copied')}</p> : null}
      <Radios
        form={form}
        name={answerField(audience, 'level')}
        label={t('assessment.run.answers.level', { audience: name })}
        hint={t('assessment.run.answers.level.hint')}
        options={LEVELS.map((level) => ({
          value: String(level),
          label: t('assessment.run.answers.levelName', { level, name: t(LEVEL_LABEL[level]) }),
          hint: (
            <>
              <p>{levels[level]?.descriptor[lang]}</p>
              <p>{t('assessment.run.answers.examples', { examples: levels[level]?.examples[lang] ?? '' })}</p>
            </>
          ),
        }))}
      />
      <TextArea
        form={form}
        name={answerField(audience, 'evidence')}
        label={t('assessment.run.answers.evidence', { audience: name })}
        hint={t('assessment.run.answers.evidence.hint')}
        maxLength={EVIDENCE_MAX}
        required={false}
      />
      <TextArea
        form={form}
        name={answerField(audience, 'links')}
        label={t('assessment.run.answers.links', { audience: name })}
        hint={t('assessment.run.answers.links.hint', { max: LINKS_MAX })}
        maxLength={LINKS_MAX * 500}
        rows={3}
        required={false}
      />
      <div class="stack">
        {cell.file ? (
          <p>
            {t('assessment.run.answers.file.current')}{' '}
            <a href={href(`${base}/files/${dimension.key}/${audience}`)}>{cell.file_name ?? cell.file}</a>{' '}
            {t('assessment.run.answers.file.size', {
              size: fmt.number(Math.max(1, Math.round((cell.file_bytes ?? 0) / 1024))),
            })}
          </p>
        ) : (
          <p>{t('assessment.run.answers.file.none')}</p>
        )}
      </div>
      <TextArea
        form={form}
        name={answerField(audience, 'plan')}
        label={t('assessment.run.answers.plan', { audience: name })}
        hint={t('assessment.run.answers.plan.hint')}
        maxLength={PLAN_MAX}
        rows={3}
        required={false}
      />
    </section>
  );
}
