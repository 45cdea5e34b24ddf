import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner, SummaryList } from '../../../../platform/views/components.tsx';
import {
  Button,
  emptyForm,
  Form,
  FormProblems,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { StatusTag } from '../../components.tsx';
import type { Obstacle } from '../../repository.ts';
import { REASON_MAX } from '../../service-moderation.ts';

export interface ModerateForms {
  merge?: FormState;
  close?: FormState;
  hide?: FormState;
}

/** The secretariat's page for one obstacle: merge it into another, close it, hide it. */
export function ModeratePage({ obstacle: o, forms = {} }: { obstacle: Obstacle; forms?: ModerateForms }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const title = t('obstacles.moderate.title');
  const merge = forms.merge ?? emptyForm();
  const close = forms.close ?? emptyForm();
  const hide = forms.hide ?? emptyForm();
  return (
    <Layout title={titleAfter(t, title, merge, close, hide)} noindex>
      <BackLink href={href(`/obstacles/${encodeURIComponent(o.slug)}`)}>{o.title}</BackLink>
      <h1>{title}</h1>
      <SummaryList
        rows={[
          { key: t('obstacles.moderate.obstacle'), value: <span lang={o.lang}>{o.title}</span> },
          { key: t('obstacles.moderate.status'), value: <StatusTag status={o.status} /> },
          { key: t('obstacles.moderate.endorsements'), value: fmt.number(Number(o.endorsement_count)) },
        ]}
      />
      {o.hidden_at ? (
        <Banner kind="warning" title={t('obstacles.page.hidden')}>
          <p>{t('obstacles.page.hiddenReason', { reason: o.hidden_reason ?? '' })}</p>
        </Banner>
      ) : null}
      <section class="stack" aria-labelledby="merge">
        <h2 id="merge">{t('obstacles.merge.title')}</h2>
        <p>{t('obstacles.merge.lead')}</p>
        <FormProblems form={merge} />
        <Form action={href(`/secretariat/obstacles/${o.id}/merge`)} class="stack">
          <TextField form={merge} name="into" label={t('obstacles.merge.into')} hint={t('obstacles.merge.intoHint')} />
          <Button variant="warning">{t('obstacles.merge.submit')}</Button>
        </Form>
      </section>
      {o.status === 'open' ? (
        <section class="stack" aria-labelledby="close">
          <h2 id="close">{t('obstacles.close.title')}</h2>
          <FormProblems form={close} />
          <Form action={href(`/secretariat/obstacles/${o.id}/close`)} class="stack">
            <TextArea
              form={close}
              name="closeReason"
              label={t('obstacles.close.reason')}
              hint={t('obstacles.close.reasonHint')}
              maxLength={REASON_MAX}
            />
            <Button variant="secondary">{t('obstacles.close.submit')}</Button>
          </Form>
        </section>
      ) : null}
      {o.hidden_at ? null : (
        <section class="stack" aria-labelledby="hide">
          <h2 id="hide">{t('obstacles.hide.title')}</h2>
          <FormProblems form={hide} />
          <Form action={href(`/secretariat/obstacles/${o.id}/hide`)} class="stack">
            <TextArea
              form={hide}
              name="hideReason"
              label={t('obstacles.hide.reason')}
              hint={t('obstacles.hide.reasonHint')}
              maxLength={REASON_MAX}
            />
            <Button variant="warning">{t('obstacles.hide.submit')}</Button>
          </Form>
        </section>
      )}
    </Layout>
  );
}
