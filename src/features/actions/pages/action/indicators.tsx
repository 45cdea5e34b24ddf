import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components.tsx';
import { Button, Form, TextArea, TextField, type FormState } from '../../../../platform/views/form.tsx';
import { UPDATE_MAX } from '../../service-indicators.ts';
import type { ActionView } from '../../service-public.ts';
import { IndicatorFields } from '../indicator/fields.tsx';

/** The indicators, each as "340 of 500 people"; the lead and partners add and update them. */
export function Indicators(props: { view: ActionView; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { action, indicators, actingOrg } = props.view;
  const self = href(`/actions/${encodeURIComponent(action.slug)}`);
  return (
    <section class="stack" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t('actions.indicator.title')}</h2>
      {indicators.length === 0 ? (
        <p>{t('actions.indicator.none')}</p>
      ) : (
        <Table
          caption={t('actions.indicator.caption')}
          captionHidden
          rows={indicators}
          columns={[
            { header: t('actions.indicator.field.name'), cell: (i) => <span lang={action.lang}>{i.name}</span> },
            {
              header: t('actions.indicator.value'),
              cell: (i) =>
                t('actions.indicator.valueOf', {
                  current: fmt.number(Number(i.current_value)),
                  target: fmt.number(Number(i.target)),
                  unit: i.unit,
                }),
            },
            { header: t('actions.indicator.field.measuredOn'), cell: (i) => fmt.date(i.measured_on) },
            ...(actingOrg
              ? [
                  {
                    header: <span class="visually-hidden">{t('actions.milestone.change')}</span>,
                    cell: (i: (typeof indicators)[number]) => (
                      <a href={`${self}/indicators/${i.id}`}>
                        {t('actions.milestone.change')}
                        <span class="visually-hidden"> {i.name}</span>
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {actingOrg ? (
        <details class="details" open={Object.keys(props.form.errors).length > 0}>
          <summary>{t('actions.indicator.add')}</summary>
          <Form action={`${self}/indicators`} class="stack">
            <IndicatorFields form={props.form} />
            <Button variant="secondary">{t('actions.indicator.add')}</Button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}

/** Dated news by the lead and partners, newest first; they post it here. */
export function Updates(props: { view: ActionView; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { action, updates, actingOrg } = props.view;
  return (
    <section class="stack" aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('actions.update.title')}</h2>
      {updates.length === 0 ? (
        <p>{t('actions.update.none')}</p>
      ) : (
        <ol class="card-list">
          {updates.map((u) => (
            <li class="card stack">
              <p class="caption">
                <time dateTime={u.postedOn}>{fmt.date(u.postedOn)}</time>
                {u.org ? ` · ${u.org}` : null}
              </p>
              {u.body.split(/\n{2,}/).map((p) => (
                <p lang={action.lang}>{p}</p>
              ))}
            </li>
          ))}
        </ol>
      )}
      {actingOrg ? (
        <Form action={href(`/actions/${encodeURIComponent(action.slug)}/updates`)} class="stack">
          <TextArea
            form={props.form}
            name="body"
            label={t('actions.update.field.body')}
            maxLength={UPDATE_MAX}
            rows={4}
          />
          <TextField
            form={props.form}
            name="postedOn"
            label={t('actions.update.field.postedOn')}
            hint={t('actions.update.field.postedOnHint')}
            required={false}
          />
          <Button variant="secondary">{t('actions.update.submit')}</Button>
        </Form>
      ) : null}
    </section>
  );
}
