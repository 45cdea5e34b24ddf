import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, BackLink, MultiLine } from '../../../../platform/views/components.tsx';
import { StatusTag, Tags } from '../../components.tsx';
import { FormerSignatory } from '../../obstacle-link.tsx';
import { Endorsements } from './endorsements.tsx';
import { FollowButton } from '../../../following/follow-button.tsx';
import type { ObstaclePageProps } from './props.ts';

export function ObstaclePage(props: ObstaclePageProps) {
  const { t, fmt, user } = usePage();
  const href = useHref();
  const { obstacle: o, item } = props;
  return (
    <Layout title={item.title} noindex={o.listed !== 1}>
      <BackLink href={href('/obstacles')}>{t('obstacles.list.title')}</BackLink>
      <p class="caption">
        <StatusTag status={o.status} /> {t('obstacles.page.caption')}
      </p>
      <h1 lang={item.lang}>{item.title}</h1>
      {o.hidden_at ? (
        <Banner kind="warning" title={t('obstacles.page.hidden')}>
          <p>{t('obstacles.page.hiddenReason', { reason: o.hidden_reason ?? '' })}</p>
        </Banner>
      ) : null}
      {o.status === 'closed' ? (
        <Banner kind="info" title={t('obstacles.page.closed', { date: fmt.date(o.closed_at ?? o.updated_at) })}>
          <p>{o.close_reason}</p>
        </Banner>
      ) : null}
      <p>
        {item.org ? (
          <>
            {t('obstacles.page.reportedBy')}{' '}
            <a href={href(`/signatories/${encodeURIComponent(item.org.slug)}`)}>{item.org.name}</a>
            <FormerSignatory former={item.org.former} />
            {' · '}
          </>
        ) : null}
        <time dateTime={o.created_at}>{fmt.date(o.created_at)}</time>
      </p>
      {props.isReporter && o.status === 'open' ? (
        <p>
          <a href={href(`/organisations/${o.org_id}/obstacles/${encodeURIComponent(o.slug)}/edit`)}>
            {t('obstacles.edit.link')}
          </a>
        </p>
      ) : null}
      {o.listed === 1 ? (
        <FollowButton kind="obstacle" id={o.id} following={props.following} title={item.title} />
      ) : null}
      <MultiLine text={o.description} lang={item.lang} class="prose" />
      <Tags tags={item.tags} />
      {o.evidence_figure || o.evidence_text || o.evidence_link ? (
        <section class="stack" aria-labelledby="evidence">
          <h2 id="evidence">{t('obstacles.page.evidence')}</h2>
          {o.evidence_figure ? (
            <p class="stat" lang={item.lang}>
              <strong>{o.evidence_figure}</strong>
            </p>
          ) : null}
          {o.evidence_text ? <MultiLine text={o.evidence_text} lang={item.lang} class="prose" /> : null}
          {o.evidence_link ? (
            <p>
              <a href={o.evidence_link} rel="nofollow noopener noreferrer">
                {t('obstacles.page.evidenceLink')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      <Endorsements {...props} />
      {o.listed === 1 ? (
        <p>
          <a href={href(`/actions?obstacle=${encodeURIComponent(o.slug)}`)}>{t('obstacles.page.actions')}</a>
        </p>
      ) : null}
      {props.proposers.length > 0 ? (
        <ul class="button-group">
          {props.proposers.map((m) => (
            <li>
              <a
                class="button button--secondary"
                href={href(`/organisations/${m.orgId}/actions/new?obstacle=${encodeURIComponent(o.slug)}`)}
              >
                {t('obstacles.page.propose', { org: m.orgName })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {user?.isSecretariat ? (
        <p>
          <a href={href(`/secretariat/obstacles/${o.id}`)}>{t('obstacles.page.moderate')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
