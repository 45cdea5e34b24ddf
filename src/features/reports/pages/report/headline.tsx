import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextField, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, SummaryList } from '../../../../platform/views/components.tsx';
import { HEADLINE_COLUMNS, type Headline } from '../../repository-report.ts';
import type { HeadlineSaved } from '../../service-sections.ts';
import { HEADLINE_HINT, HEADLINE_LABEL, reportPath } from './labels.ts';
import { ConflictPanel, type Conflict } from './section.tsx';

/** The form's values from the saved figures, with the version they are opened at. */
export function headlineValues(saved: HeadlineSaved): FormState['values'] {
  const values: FormState['values'] = { version: String(saved.version) };
  for (const c of HEADLINE_COLUMNS) values[c] = saved.figures[c] === null ? '' : String(saved.figures[c]);
  return values;
}

export interface HeadlinePageProps {
  orgId: string;
  orgName: string;
  year: number;
  saved: HeadlineSaved;
  editable: boolean;
  frozen: boolean;
  form: FormState;
  conflict?: Conflict<HeadlineSaved>;
}

/**
 * The four headline figures every signatory gives, so that they add up across reports: each
 * optional, a whole number. After a conflict, the other person's figures above the form.
 */
export function HeadlinePage(props: HeadlinePageProps) {
  const { t } = usePage();
  const href = useHref();
  const { form, year } = props;
  const title = t('reports.headline.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(reportPath(props.orgId, year))}>{t('reports.report.title', { year })}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      <p class="lead">{t('reports.headline.lead', { year })}</p>
      {props.conflict ? (
        <ConflictPanel by={props.conflict.by} at={props.conflict.theirs.updatedAt}>
          <Figures figures={props.conflict.theirs.figures} />
        </ConflictPanel>
      ) : null}
      {props.frozen ? <Banner kind="info" title={t('reports.section.frozen')} /> : null}
      <FormProblems form={form} />
      {props.editable ? (
        <Form action={href(`${reportPath(props.orgId, year)}/headline`)} class="stack">
          <input type="hidden" name="version" value={String(form.values.version ?? props.saved.version)} />
          {HEADLINE_COLUMNS.map((c) => (
            <TextField
              form={form}
              name={c}
              label={t(HEADLINE_LABEL[c])}
              hint={t(HEADLINE_HINT[c])}
              required={false}
              inputMode="numeric"
              width="short"
            />
          ))}
          <Button>{props.conflict ? t('reports.section.saveMine') : t('reports.section.save')}</Button>
        </Form>
      ) : (
        <Figures figures={props.saved.figures} />
      )}
      {!props.editable && !props.frozen ? <p>{t('reports.section.adminsOnly')}</p> : null}
    </Layout>
  );
}

function Figures({ figures }: { figures: Headline }) {
  const { t, fmt } = usePage();
  return (
    <SummaryList
      rows={HEADLINE_COLUMNS.map((c) => ({
        key: t(HEADLINE_LABEL[c]),
        value: figures[c] === null ? t('reports.headline.notGiven') : fmt.number(figures[c]!),
      }))}
    />
  );
}
