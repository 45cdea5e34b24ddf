import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import { MilestoneFields } from './fields.tsx';

/** Moving a milestone on: its own page, for the lead's and partners' members. */
export function MilestonePage(props: { slug: string; actionTitle: string; milestoneId: string; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const self = href(`/actions/${encodeURIComponent(props.slug)}`);
  const title = t('actions.milestone.edit.title');
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={self}>{t('actions.edit.back')}</BackLink>
      <p class="caption">{props.actionTitle}</p>
      <h1>{title}</h1>
      <FormProblems form={props.form} />
      <Form action={`${self}/milestones/${props.milestoneId}`} class="stack">
        <MilestoneFields form={props.form} />
        <Button>{t('actions.milestone.edit.submit')}</Button>
      </Form>
    </Layout>
  );
}
