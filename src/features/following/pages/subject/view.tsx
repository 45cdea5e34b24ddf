import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import type { NewsChoice, SubjectView } from '../../service.ts';
import { FollowButton } from '../../follow-button.tsx';

const HOW = {
  instant: 'following.subject.how.instant',
  weekly: 'following.subject.how.weekly',
  off: 'following.subject.how.off',
} as const;

/** One subject's following, on a page of its own: where a mail's reader can stop following it. */
export function SubjectPage(props: {
  kind: string;
  id: string;
  kindLabel: string;
  view: SubjectView;
  following: boolean;
  news: NewsChoice;
}) {
  const { t } = usePage();
  const href = useHref();
  const title = t('following.subject.title', { title: props.view.title });
  return (
    <Layout title={title} noindex>
      <BackLink href={href(props.view.path)}>{t('following.subject.back', { title: props.view.title })}</BackLink>
      <p class="caption">{t(props.kindLabel)}</p>
      <h1>{title}</h1>
      <p>{props.following ? t('following.subject.following') : t('following.subject.notFollowing')}</p>
      <p>
        {t(HOW[props.news])} <a href={href('/account/notifications')}>{t('following.subject.settings')}</a>
      </p>
      <FollowButton kind={props.kind} id={props.id} following={props.following} title={props.view.title} />
    </Layout>
  );
}
