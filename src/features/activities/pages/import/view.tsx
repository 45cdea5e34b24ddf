import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Table } from '../../../../platform/views/components.tsx';
import { Button, ErrorSummary, FileField, Form, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { SEPARATOR } from '../../bulk-columns.ts';
import { helpRows } from '../../bulk-files.ts';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type RowError } from '../../service-import.ts';

export interface ImportPageProps {
  orgId: string;
  orgName: string;
  form: FormState;
  /** The mistakes found in the rows of the file just sent (nothing was imported). */
  rowErrors?: RowError[];
}

/**
 * "Import activities from a spreadsheet": the templates to download, the upload, and after a
 * file with mistakes the summary and a table of every mistake (row, column, what to fix), then
 * what each column takes.
 */
export function ImportPage(props: ImportPageProps) {
  const { t, lang } = usePage();
  const href = useHref();
  const base = `/organisations/${props.orgId}/activities`;
  const title = t('activities.import.title');
  const errors = props.rowErrors ?? [];
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href(base)}>{t('activities.log.title')}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      <ErrorSummary form={props.form} />
      {errors.length ? (
        <>
          <h2 id="import-errors">{t('activities.import.errors.title')}</h2>
          <p>{t('activities.import.errors.lead')}</p>
          <Table
            caption={t('activities.import.errors.caption', { count: errors.length })}
            rows={errors}
            columns={[
              { header: t('activities.import.errors.row'), cell: (e) => String(e.row) },
              { header: t('activities.import.errors.column'), cell: (e) => e.column },
              { header: t('activities.import.errors.reason'), cell: (e) => e.message },
            ]}
          />
        </>
      ) : null}
      <p class="lead">{t('activities.import.lead')}</p>
      <ol class="steps">
        <li>
          {t('activities.import.step.template')}{' '}
          <a href={href(`${base}/template.xlsx`)} download>
            {t('activities.import.template.xlsx')}
          </a>
          {' · '}
          <a href={href(`${base}/template.csv`)} download>
            {t('activities.import.template.csv')}
          </a>
        </li>
        <li>{t('activities.import.step.fill', { separator: SEPARATOR })}</li>
        <li>
          {t('activities.import.step.upload', { rows: IMPORT_MAX_ROWS, megabytes: IMPORT_MAX_BYTES / 1024 / 1024 })}
        </li>
      </ol>
      <p>{t('activities.import.allOrNothing')}</p>
      <Form action={href(`${base}/import`)} multipart class="stack">
        <FileField
          form={props.form}
          name="file"
          label={t('activities.import.file')}
          hint={t('activities.import.file.hint')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
        <Button>{t('activities.import.submit')}</Button>
      </Form>
      <h2>{t('activities.import.columns.title')}</h2>
      <Table
        caption={t('activities.import.columns.caption')}
        rows={helpRows(lang)}
        columns={[
          { header: t('activities.bulk.help.column'), cell: (r) => r.header },
          { header: t('activities.bulk.help.required'), cell: (r) => r.required },
          { header: t('activities.bulk.help.what'), cell: (r) => r.help },
          {
            header: t('activities.import.columns.allowed'),
            cell: (r) =>
              r.allowed.length ? (
                <ul>
                  {r.allowed.map((a) => (
                    <li>{a}</li>
                  ))}
                </ul>
              ) : (
                '–'
              ),
          },
        ]}
      />
    </Layout>
  );
}
