import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, FileField, Form, FormProblems, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import type { Audience, Dimension } from '../../framework.ts';
import type { AnswerRow } from '../../repository-runs.ts';
import { EVIDENCE_ACCEPT } from '../../evidence-files.ts';
import type { RunView } from '../../service-read.ts';
import { AUDIENCE_LABEL } from './labels.ts';
import { answersPath, runPath } from './parts.tsx';

/**
 * A cell's evidence file: add one, replace it, or remove it. Its own page because a form takes
 * one file (platform/http/uploads.ts) and a dimension has up to three cells.
 */
export function FilePage(props: { view: RunView; dimension: Dimension; cell: AnswerRow; form: FormState }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { view, dimension, cell, form } = props;
  const audience: Audience = cell.audience;
  const action = href(`${answersPath(view.org.id, view.run.id, dimension.key)}/${audience}/file`);
  const title = t('assessment.run.file.title', {
    dimension: dimension.title[lang],
    audience: t(AUDIENCE_LABEL[audience]),
  });
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(answersPath(view.org.id, view.run.id, dimension.key))}>{dimension.title[lang]}</BackLink>
      <p class="caption">{view.org.legalName}</p>
      <h1>{title}</h1>
      {cell.file ? (
        <p>
          {t('assessment.run.answers.file.current')}{' '}
          <a href={href(`${runPath(view.org.id, view.run.id)}/files/${dimension.key}/${audience}`)}>
            {cell.file_name ?? cell.file}
          </a>
        </p>
      ) : null}
      <FormProblems form={form} />
      <Form action={action} multipart class="stack">
        <FileField
          form={form}
          name="file"
          label={cell.file ? t('assessment.run.file.replace') : t('assessment.run.file.label')}
          hint={t('assessment.run.file.hint')}
          accept={EVIDENCE_ACCEPT}
        />
        <Button>{t('assessment.run.file.upload')}</Button>
      </Form>
      {cell.file ? (
        <Form action={action} class="stack">
          <input type="hidden" name="remove" value="yes" />
          <Button variant="warning">{t('assessment.run.file.remove')}</Button>
        </Form>
      ) : null}
    </Layout>
  );
}
