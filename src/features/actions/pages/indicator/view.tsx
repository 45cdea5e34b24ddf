import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import { IndicatorFields } from './fields.tsx';

/** Updating an indicator: its own page, for the lead's and partners' members. */
export function IndicatorPage(props: { slug: string; actionTitle: string; indicatorId: string; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const self = href(`/actions/${encodeURIComponent(props.slug)}`);
  const title = t('actions.indicator.edit.title');
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={self}>{t('actions.edit.back')}</BackLink>
      <p class="caption">{props.actionTitle}</p>
      <h1>{title}</h1>
      <FormProblems form={props.form} />
      <Form action={`${self}/indicators/${props.indicatorId}`} class="stack">
        <IndicatorFields form={props.form} />
        <Button>{t('actions.indicator.edit.submit')}</Button>
      </Form>
    </Layout>
  );
}
