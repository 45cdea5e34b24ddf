import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  Checkboxes,
  Form,
  FormProblems,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { BackLink, Banner } from '../../../../platform/views/components.tsx';
import { dimensionOf, type Audience } from '../../framework.ts';
import { hasAnswer } from '../../service-run.ts';
import type { RunView } from '../../service-read.ts';
import { AUDIENCE_LABEL } from './labels.ts';
import { runPath, ScopeFields, scopeField } from './parts.tsx';

/**
 * Changing a draft's scope. When the chosen scope leaves out cells that hold answers, the page
 * names them and asks for a tick before they are deleted: nothing typed goes silently.
 */
export function ScopePage(props: { view: RunView; form: FormState }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { view, form } = props;
  const base = runPath(view.org.id, view.run.id);
  const chosen = (dimension: string, audience: Audience) => {
    const v = form.values[scopeField(dimension)];
    return (Array.isArray(v) ? v : v ? [v] : []).includes(audience);
  };
  // Only once the person has sent a scope that drops answered cells (the service asked).
  const losing =
    'confirm' in form.errors || form.values.confirm !== undefined
      ? view.answers.filter((a) => hasAnswer(a) && !chosen(a.dimension, a.audience))
      : [];
  const title = t('assessment.run.scope.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(`${base}/check`)}>{t('assessment.run.check.title')}</BackLink>
      <p class="caption">{view.org.legalName}</p>
      <h1>{title}</h1>
      <p class="lead">{t('assessment.run.scope.lead')}</p>
      <FormProblems form={form} />
      <Form action={href(`${base}/scope`)} class="stack">
        <ScopeFields form={form} framework={view.framework} />
        {losing.length > 0 ? (
          <>
            <Banner kind="warning" title={t('assessment.run.scope.losing', { count: losing.length })}>
              <ul>
                {losing.map((a) => (
                  <li>
                    {dimensionOf(view.framework, a.dimension)?.title[lang] ?? a.dimension}
                    {' – '}
                    {t(AUDIENCE_LABEL[a.audience])}
                  </li>
                ))}
              </ul>
            </Banner>
            <Checkboxes
              form={form}
              name="confirm"
              label={t('assessment.run.scope.confirm.legend')}
              options={[{ value: 'yes', label: t('assessment.run.scope.confirm.label') }]}
            />
          </>
        ) : null}
        <Button>{t('assessment.run.scope.submit')}</Button>
      </Form>
    </Layout>
  );
}
