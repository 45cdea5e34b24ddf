import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Pagination } from '../../../../platform/views/components.tsx';
import { Button, Checkboxes, ErrorSummary, Form, Radios, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import type { MailKind } from '../../declarations.ts';
import type { FollowedItem } from '../../service.ts';
import { FollowButton } from '../../follow-button.tsx';

const NEWS_LABEL = {
  instant: 'following.settings.news.instant',
  weekly: 'following.settings.news.weekly',
  off: 'following.settings.news.off',
} as const;
const NEWS_HINT = {
  instant: 'following.settings.news.instantHint',
  weekly: 'following.settings.news.weeklyHint',
  off: 'following.settings.news.offHint',
} as const;

export interface NotificationsProps {
  form: FormState;
  switchable: MailKind[];
  always: MailKind[];
  followed: FollowedItem[];
  /** The next page of followed items, or null. */
  nextHref: string | null;
  paged: boolean;
}

/** A person's notification settings: which mails, how news comes, and what they follow. */
export function NotificationsPage(props: NotificationsProps) {
  const { t, fmt } = usePage();
  const href = useHref();
  const title = t('following.settings.title');
  const { form } = props;
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/account')}>{t('following.settings.back')}</BackLink>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('following.settings.lead')}</p>
      <Form action={href('/account/notifications')}>
        <Radios
          form={form}
          name="news"
          label={t('following.settings.news.label')}
          hint={t('following.settings.news.hint')}
          options={(['instant', 'weekly', 'off'] as const).map((v) => ({ value: v, label: t(NEWS_LABEL[v]), hint: t(NEWS_HINT[v]) }))}
        />
        {props.switchable.length > 0 ? (
          <Checkboxes
            form={form}
            name="mails"
            label={t('following.settings.mails.label')}
            hint={t('following.settings.mails.hint')}
            options={props.switchable.map((k) => ({
              value: k.key,
              label: t(k.label),
              ...(k.hint ? { hint: t(k.hint) } : {}),
            }))}
          />
        ) : null}
        <Button>{t('following.settings.save')}</Button>
      </Form>

      <h2>{t('following.settings.always.title')}</h2>
      <p>{t('following.settings.always.body')}</p>
      <ul>
        {props.always.map((k) => (
          <li>
            {t(k.label)}
            {k.hint ? <span class="hint">{` ${t(k.hint)}`}</span> : null}
          </li>
        ))}
      </ul>

      <h2 id="following">{t('following.settings.followed.title')}</h2>
      {props.followed.length === 0 && !props.paged ? (
        <p>{t('following.settings.followed.none')}</p>
      ) : (
        <ul class="card-list">
          {props.followed.map((item) => (
            <li class="card">
              <p class="caption">{t(item.label)}</p>
              <p>
                {item.view ? <a href={href(item.view.path)}>{item.view.title}</a> : t('following.settings.followed.gone')}
              </p>
              <p class="hint">{t('following.settings.followed.since', { date: fmt.date(item.since) })}</p>
              <FollowButton
                kind={item.kind}
                id={item.id}
                following
                title={item.view?.title ?? t('following.settings.followed.gone')}
                back="settings"
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination firstHref={props.paged ? href('/account/notifications#following') : null} nextHref={props.nextHref} />
    </Layout>
  );
}
