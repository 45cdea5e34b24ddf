import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form } from '../../../../platform/views/form.tsx';

/**
 * The administrators' switch for the public line ("self-assessed in 2026, five dimensions" on
 * the profile): on the results of the latest run, and meant for the overview page too (the
 * organisation's setting; `runId` left out there, so the POST returns to the overview).
 */
export function PublicLineForm(props: { orgId: string; shown: boolean; runId?: string }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <h2>{t('assessment.share.public.title')}</h2>
      <p>{props.shown ? t('assessment.share.public.shown') : t('assessment.share.public.hidden')}</p>
      <Form action={href(`/organisations/${props.orgId}/assessment/public`)}>
        {props.runId ? <input type="hidden" name="runId" value={props.runId} /> : null}
        <Button variant="secondary">
          {props.shown ? t('assessment.share.public.hide') : t('assessment.share.public.show')}
        </Button>
      </Form>
    </>
  );
}
