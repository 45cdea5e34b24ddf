import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components.tsx';
import { Button, Form, type FormState } from '../../../../platform/views/form.tsx';
import { milestoneProgress } from '../../progress.ts';
import type { ActionView } from '../../service-public.ts';
import { MILESTONE_LABEL } from '../../vocabulary.ts';
import { MilestoneFields } from '../milestone/fields.tsx';

/** The milestones with their weights and progress; the lead and partners add and update them. */
export function Milestones(props: { view: ActionView; form: FormState | null }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { action, milestones, actingOrg } = props.view;
  const self = href(`/actions/${encodeURIComponent(action.slug)}`);
  return (
    <section class="stack" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">{t('actions.milestone.title')}</h2>
      <p>{t('actions.milestone.explain')}</p>
      {milestones.length === 0 ? (
        <p>{t('actions.milestone.none')}</p>
      ) : (
        <Table
          caption={t('actions.milestone.caption')}
          captionHidden
          rows={milestones}
          columns={[
            { header: t('actions.milestone.field.title'), cell: (m) => <span lang={action.lang}>{m.title}</span> },
            { header: t('actions.milestone.field.dueOn'), cell: (m) => fmt.date(m.due_on) },
            { header: t('actions.milestone.field.weight'), cell: (m) => fmt.number(Number(m.weight)), numeric: true },
            {
              header: t('actions.milestone.field.status'),
              cell: (m) =>
                m.status === 'done' && m.done_on
                  ? t('actions.milestone.doneOn', { date: fmt.date(m.done_on) })
                  : t(MILESTONE_LABEL[m.status]),
            },
            {
              header: t('actions.milestone.progress'),
              cell: (m) => `${fmt.number(milestoneProgress({ status: m.status, percent: Number(m.percent) }))}%`,
              numeric: true,
            },
            ...(actingOrg
              ? [
                  {
                    header: <span class="visually-hidden">{t('actions.milestone.change')}</span>,
                    cell: (m: (typeof milestones)[number]) => (
                      <a href={`${self}/milestones/${m.id}`}>
                        {t('actions.milestone.change')}
                        <span class="visually-hidden"> {m.title}</span>
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {actingOrg && props.form ? (
        <details class="details" open={Object.keys(props.form.errors).length > 0}>
          <summary>{t('actions.milestone.add')}</summary>
          <Form action={`${self}/milestones`} class="stack">
            <MilestoneFields form={props.form} />
            <Button variant="secondary">{t('actions.milestone.add')}</Button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
