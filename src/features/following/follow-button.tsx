import { usePage, useHref } from '../../platform/views/context.ts';
import { Button, Form } from '../../platform/views/form.tsx';

// The one Follow / Stop following control, for any followable subject's page (a practice, an
// obstacle, an action): a POST form, so it works without JavaScript. The subject's page says
// whether the person follows it (`isFollowing` in service.ts). Someone not signed in gets a
// link to sign in that brings them back here, and someone whose address is not confirmed yet a
// link to their account, where they can have the confirmation mail sent again.

export function FollowButton(props: {
  kind: string;
  id: string;
  following: boolean;
  /** The subject's title, read to screen readers with the button ("Follow: <title>"). */
  title: string;
  /** Where to come back to: the subject's page (default) or the notification settings. */
  back?: 'subject' | 'settings';
}) {
  const { t, user, lang, pathInLang } = usePage();
  const href = useHref();
  if (!user) {
    return (
      <p>
        <a href={`${href('/sign-in')}?next=${encodeURIComponent(`/${lang}${pathInLang}`)}`}>
          {t('following.button.signIn')}
        </a>
      </p>
    );
  }
  // Following sends mail, so it waits for a confirmed address; stopping never does.
  if (!user.emailVerified && !props.following) {
    return (
      <p>
        <a href={href('/account')}>{t('following.button.confirm')}</a>
      </p>
    );
  }
  const base = `/following/${encodeURIComponent(props.kind)}/${encodeURIComponent(props.id)}`;
  return (
    <Form action={href(`${base}/${props.following ? 'unfollow' : 'follow'}`)} class="inline-form">
      {props.back === 'settings' ? <input type="hidden" name="back" value="settings" /> : null}
      <Button variant="secondary">
        {props.following ? t('following.button.unfollow') : t('following.button.follow')}
        <span class="visually-hidden">{t('following.button.about', { title: props.title })}</span>
      </Button>
    </Form>
  );
}
