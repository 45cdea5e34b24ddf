import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import { Button, Form, TextArea, type FormState } from '../../../../platform/views/form.tsx';
import { HIDE_REASON_MAX } from '../../service-moderation.ts';
import type { ActionView } from '../../service-public.ts';

/** Seen only by those who may see a hidden action (its organisations, the secretariat): hidden, and why. */
export function HiddenNotice({ action }: { action: ActionView['action'] }) {
  const { t } = usePage();
  if (!action.hidden_at) return null;
  return (
    <Banner kind="warning" title={t('actions.hidden.title')}>
      <p>{t('actions.hidden.body')}</p>
      <p>
        <strong>{t('actions.hidden.reason')}</strong> {action.hidden_reason}
      </p>
    </Banner>
  );
}

/** The secretariat's part of the page: hide with a reason or show again; feature on the home page or not. */
export function Moderation({ action, form }: { action: ActionView['action']; form: FormState }) {
  const { t, fmt, user } = usePage();
  const href = useHref();
  if (!user?.isSecretariat) return null;
  const base = href(`/actions/${encodeURIComponent(action.slug)}`);
  return (
    <section class="stack" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t('actions.moderation.title')}</h2>
      {action.hidden_at ? (
        <Form action={`${base}/unhide`}>
          <Button variant="secondary">{t('actions.moderation.unhide')}</Button>
        </Form>
      ) : (
        <>
          {action.featured_at ? (
            <>
              <p>{t('actions.moderation.featuredSince', { date: fmt.date(action.featured_at) })}</p>
              <Form action={`${base}/unfeature`}>
                <Button variant="secondary">{t('actions.moderation.unfeature')}</Button>
              </Form>
            </>
          ) : (
            <Form action={`${base}/feature`}>
              <Button variant="secondary">{t('actions.moderation.feature')}</Button>
            </Form>
          )}
          <Form action={`${base}/hide`} class="stack">
            <TextArea
              form={form}
              name="hideReason"
              label={t('actions.moderation.reason.label')}
              hint={t('actions.moderation.reason.hint')}
              maxLength={HIDE_REASON_MAX}
              rows={3}
            />
            <Button variant="warning">{t('actions.moderation.hide')}</Button>
          </Form>
        </>
      )}
    </section>
  );
}
