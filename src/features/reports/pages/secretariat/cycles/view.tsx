import { Layout } from '../../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../../platform/views/context.ts';
import { BackLink, Table } from '../../../../../platform/views/components.tsx';
import {
  Button,
  Form,
  FormProblems,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../../platform/views/form.tsx';
import type { Cycle } from '../../../service-cycles.ts';
import { CycleDayFields } from '../fields.tsx';

/** The reporting cycles, newest first, with their counts, and the form that opens the next one. */
export function CyclesPage({ cycles, form }: { cycles: Cycle[]; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const title = t('reports.cycles.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex wide>
      <BackLink href={href('/secretariat')}>{t('reports.cycles.back')}</BackLink>
      <h1>{title}</h1>
      <p class="lead">{t('reports.cycles.lead')}</p>
      <section aria-labelledby="cycles" class="stack">
        <h2 id="cycles">{t('reports.cycles.list.title')}</h2>
        {cycles.length === 0 ? (
          <p>{t('reports.cycles.list.none')}</p>
        ) : (
          <Table
            caption={t('reports.cycles.list.title')}
            captionHidden
            rows={cycles}
            columns={[
              {
                header: t('reports.cycles.list.year'),
                cell: (c) => (
                  <a href={href(`/secretariat/reports/${c.year}`)}>
                    {t('reports.cycles.list.cycle', { year: c.year })}
                  </a>
                ),
              },
              { header: t('reports.cycles.form.opensOn'), cell: (c) => fmt.date(c.opensOn) },
              { header: t('reports.cycles.form.dueOn'), cell: (c) => fmt.date(c.dueOn) },
              { header: t('reports.cycles.form.graceUntil'), cell: (c) => fmt.date(c.graceUntil) },
              { header: t('reports.cycles.list.required'), numeric: true, cell: (c) => fmt.number(c.counts.required) },
              { header: t('reports.status.reported'), numeric: true, cell: (c) => fmt.number(c.counts.reported) },
              { header: t('reports.status.inProgress'), numeric: true, cell: (c) => fmt.number(c.counts.inProgress) },
              { header: t('reports.status.late'), numeric: true, cell: (c) => fmt.number(c.counts.late) },
              {
                header: t('reports.status.notReporting'),
                numeric: true,
                cell: (c) => fmt.number(c.counts.notReporting),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="open" class="stack">
        <h2 id="open">{t('reports.cycles.open.title')}</h2>
        <p>{t('reports.cycles.open.body')}</p>
        <FormProblems form={form} />
        <Form action={href('/secretariat/reports')} class="stack">
          <TextField
            form={form}
            name="year"
            label={t('reports.cycles.form.year')}
            hint={t('reports.cycles.form.yearHint')}
            width="short"
            inputMode="numeric"
          />
          <CycleDayFields form={form} />
          <Button>{t('reports.cycles.open.button')}</Button>
        </Form>
      </section>
    </Layout>
  );
}
