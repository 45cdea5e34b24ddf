import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, Radios, TextArea, type FormState } from '../../../../platform/views/form.tsx';
import type { ActionView } from '../../service-public.ts';
import { REASON_MAX } from '../../service-propose.ts';
import { HISTORY_LABEL, STATUS_LABEL, STATUSES } from '../../vocabulary.ts';

/** The lead's and partners' form to move the status; stopping asks why. */
export function StatusForm({ action, form }: { action: ActionView['action']; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <section class="stack" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('actions.status.title')}</h2>
      <Form action={href(`/actions/${encodeURIComponent(action.slug)}/status`)} class="stack">
        <Radios
          form={form}
          name="actionStatus"
          label={t('actions.status.label')}
          options={STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
        />
        <TextArea
          form={form}
          name="stopReason"
          label={t('actions.status.reason')}
          hint={t('actions.status.reasonHint')}
          maxLength={REASON_MAX}
          rows={3}
          required={false}
        />
        <Button variant="secondary">{t('actions.status.submit')}</Button>
      </Form>
    </section>
  );
}

/** A hidden line's reason reaches only those the page gave it to (service-public.ts). */
const label = (h: ActionView['history'][number]) =>
  h.kind === 'hidden' && h.detail
    ? 'actions.history.hiddenBecause'
    : (HISTORY_LABEL[h.kind] ?? 'actions.history.edited');

/** What happened to the action, newest first. */
export function History({ lines }: { lines: ActionView['history'] }) {
  const { t, fmt } = usePage();
  const detail = (kind: string, d: string | null) => {
    if (!d) return '';
    if (kind === 'status' && d in STATUS_LABEL) return t(STATUS_LABEL[d as keyof typeof STATUS_LABEL]);
    return d;
  };
  return (
    <section class="stack" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('actions.history.title')}</h2>
      <ol>
        {lines.map((h) => (
          <li>
            <time dateTime={h.at}>{fmt.date(h.at)}</time>:{' '}
            {t(label(h), {
              detail: detail(h.kind, h.detail),
              org: h.org ?? '—',
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
