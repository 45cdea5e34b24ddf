import type { ComponentChildren } from 'preact';
import { Layout } from '../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../platform/views/context.ts';
import { Button, Form, FormProblems, titleAfter, type FormState } from '../../../platform/views/form.tsx';
import { BackLink } from '../../../platform/views/components.tsx';

/**
 * A page of its own to change one part of an action (a milestone, an indicator): its title,
 * the action's name above it, the form posted to `path` under the action's address.
 */
export function ChangePage(props: {
  slug: string;
  actionTitle: string;
  path: string;
  title: string;
  submit: string;
  form: FormState;
  children: ComponentChildren;
}) {
  const { t } = usePage();
  const href = useHref();
  const self = href(`/actions/${encodeURIComponent(props.slug)}`);
  return (
    <Layout title={titleAfter(t, props.title, props.form)} noindex>
      <BackLink href={self}>{t('actions.edit.back')}</BackLink>
      <p class="caption">{props.actionTitle}</p>
      <h1>{props.title}</h1>
      <FormProblems form={props.form} />
      <Form action={`${self}/${props.path}`} class="stack">
        {props.children}
        <Button>{props.submit}</Button>
      </Form>
    </Layout>
  );
}
