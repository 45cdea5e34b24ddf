import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components.tsx';
import { Button, FilterForm, Form, FormProblems, Select, TextArea, TextField, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { PARTS, type AmendView, type Part } from '../../service-amend.ts';
import { HEADLINE } from '../../totals.ts';
import { reportPath, ReportTop } from '../parts.tsx';
import { HEADLINE_LABEL } from './labels.ts';
import { NARRATIVE_MAX, REASON_MAX } from './schema.ts';

export const amendPath = (orgId: string, year: number) => `${reportPath(orgId, year)}/amend`;

/** A part's name: the headline figures, or a commitment's section. */
function usePartName() {
  const { t } = usePage();
  return (part: string) => (part === 'headline' ? t('reports.amend.part.headline') : t('reports.amend.part.section', { commitment: Number(part) }));
}

/** Choose the part, then give its new content and the reason; the amendments so far below. */
export function AmendPage(props: { view: AmendView; orgId: string; orgName: string; part: Part | null; canWrite: boolean; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const partName = usePartName();
  const { view, orgId, part, form } = props;
  const year = view.report.year;
  const title = t('reports.amend.title', { year });
  const path = href(amendPath(orgId, year));
  const submitted = view.report.status === 'submitted';
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <div class="stack">
        <ReportTop orgId={orgId} orgName={props.orgName} year={year} title={title}>
          <p class="lead">{t('reports.amend.lead')}</p>
        </ReportTop>
        {!submitted ? <p>{t('reports.amend.notSubmitted')}</p> : null}
        {submitted && props.canWrite ? (
          <FilterForm action={path} label={t('reports.amend.choose')}>
            <Select
              form={{ values: { part: part ?? '' }, errors: {} }}
              name="part"
              label={t('reports.amend.partLabel')}
              options={PARTS.map((p) => ({ value: p, label: partName(p) }))}
            />
            <Button variant="secondary">{t('reports.amend.chooseButton')}</Button>
          </FilterForm>
        ) : null}
        {submitted && props.canWrite && part ? (
          <Form action={path} class="stack">
            <h2>{t('reports.amend.formTitle', { part: partName(part) })}</h2>
            <FormProblems form={form} />
            <input type="hidden" name="part" value={part} />
            {part === 'headline'
              ? HEADLINE.map((f) => <TextField form={form} name={f} label={t(HEADLINE_LABEL[f])} inputMode="numeric" width="short" required={false} />)
              : (['correction', 'worked', 'hard'] as const).map((f) => (
                  <TextArea form={form} name={f} label={t(NARRATIVE_LABEL[f])} maxLength={NARRATIVE_MAX} required={false} lang={view.report.lang} />
                ))}
            <TextArea form={form} name="reason" label={t('reports.amend.reason')} hint={t('reports.amend.reasonHint')} maxLength={REASON_MAX} rows={3} />
            <Button>{t('reports.amend.submit')}</Button>
          </Form>
        ) : null}
        <h2>{t('reports.amend.listTitle')}</h2>
        {view.amendments.length === 0 ? (
          <p>{t('reports.amend.none')}</p>
        ) : (
          <Table
            caption={t('reports.amend.listCaption', { count: view.amendments.length })}
            captionHidden
            rows={view.amendments}
            columns={[
              { header: t('reports.amend.when'), cell: (a) => fmt.dateTime(a.made_at) },
              { header: t('reports.amend.partLabel'), cell: (a) => partName(a.part) },
              { header: t('reports.amend.reason'), cell: (a) => <span lang={view.report.lang}>{a.reason}</span> },
            ]}
          />
        )}
      </div>
    </Layout>
  );
}

const NARRATIVE_LABEL = {
  correction: 'reports.amend.field.correction',
  worked: 'reports.amend.field.worked',
  hard: 'reports.amend.field.hard',
} as const;
