import { Layout } from '../../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../../platform/views/context.ts';
import { BackLink, SummaryList } from '../../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, titleAfter, type FormState } from '../../../../../platform/views/form.tsx';
import type { Cycle } from '../../../service-cycles.ts';
import { CycleDayFields } from '../fields.tsx';

/**
 * A cycle's days: all of them until it opens; once open, only the deadline and the end of the
 * grace period may move, and only later (organisations plan on them).
 */
export function DaysPage({ cycle, opened, form }: { cycle: Cycle; opened: boolean; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const base = `/secretariat/reports/${cycle.year}`;
  const title = t('reports.cycles.days.title', { year: cycle.year });
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(base)}>{t('reports.cycles.days.back')}</BackLink>
      <h1>{title}</h1>
      <p>{opened ? t('reports.cycles.days.opened') : t('reports.cycles.days.notOpened')}</p>
      {opened ? (
        <SummaryList
          rows={[
            { key: t('reports.cycles.form.opensOn'), value: fmt.date(cycle.opensOn) },
            { key: t('reports.cycles.form.reminders'), value: cycle.offsets.join(', ') },
          ]}
        />
      ) : null}
      <FormProblems form={form} />
      <Form action={href(`${base}/days`)} class="stack">
        <CycleDayFields form={form} fixedStart={opened} />
        <Button>{t('reports.cycles.days.save')}</Button>
      </Form>
    </Layout>
  );
}
