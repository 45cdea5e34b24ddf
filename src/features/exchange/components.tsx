import { usePage, useHref } from '../../platform/views/context.ts';
import { Banner, MultiLine, SummaryList, Tag } from '../../platform/views/components.tsx';
import { isoDate } from '../../platform/i18n/format.ts';
import type { PostState, PostView } from './service-public.ts';
import { CAUSE_LABEL, KIND_LABEL, REGION_LABEL, TOPIC_LABEL } from './vocabulary.ts';

// Parts the exchange's pages share: a post as a list shows it, its facts, and what its state means.

const STATE_LABEL: Record<PostState, string> = {
  open: 'exchange.state.open',
  expired: 'exchange.state.expired',
  closed: 'exchange.state.closed',
  hidden: 'exchange.state.hidden',
};

const STATE_TONE = { open: 'green', expired: 'grey', closed: 'grey', hidden: 'red' } as const;

export function StateTag({ state }: { state: PostState }) {
  const { t } = usePage();
  return <Tag tone={STATE_TONE[state]}>{t(STATE_LABEL[state])}</Tag>;
}

export function KindTag({ post }: { post: Pick<PostView, 'kind'> }) {
  const { t } = usePage();
  return <Tag tone={post.kind === 'offer' ? 'blue' : 'yellow'}>{t(KIND_LABEL[post.kind])}</Tag>;
}

export function Day({ day }: { day: string }) {
  const { fmt } = usePage();
  return <time datetime={day}>{fmt.date(`${day}T12:00:00Z`)}</time>;
}

/** A post in a list: kind, title as a link, organisation, what and where, until when. */
export function PostCard({ post, href: link }: { post: PostView; href?: string }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <li class="card stack">
      <p>
        <KindTag post={post} /> {t(TOPIC_LABEL[post.topic])}
      </p>
      <h3>
        <a href={link ?? href(`/exchange/${encodeURIComponent(post.id)}`)} lang={post.lang}>
          {post.title}
        </a>
      </h3>
      <p>
        {post.org ? `${post.org.name} · ` : ''}
        {t(CAUSE_LABEL[post.cause])} · {post.regions.map((r) => t(REGION_LABEL[r])).join(', ')}
      </p>
      <p class="hint">
        {t('exchange.card.until')} <Day day={post.expiresOn} />
      </p>
    </li>
  );
}

export function PostFacts({ post }: { post: PostView }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <SummaryList
      rows={[
        { key: t('exchange.facts.kind'), value: t(KIND_LABEL[post.kind]) },
        { key: t('exchange.facts.topic'), value: t(TOPIC_LABEL[post.topic]) },
        { key: t('exchange.facts.cause'), value: t(CAUSE_LABEL[post.cause]) },
        { key: t('exchange.facts.regions'), value: post.regions.map((r) => t(REGION_LABEL[r])).join(', ') },
        {
          key: t('exchange.facts.organisation'),
          value: post.org ? <a href={href(`/signatories/${encodeURIComponent(post.org.slug)}`)}>{post.org.name}</a> : '–',
        },
        {
          key: t('exchange.facts.posted'),
          value: <time datetime={isoDate(post.createdAt)}>{fmt.date(post.createdAt)}</time>,
        },
        { key: t('exchange.facts.expires'), value: <Day day={post.expiresOn} /> },
      ]}
    />
  );
}

/** What a post that is not open means for the reader; the reason of a hidden one for its organisation. */
export function StateBanner({ post, own }: { post: PostView; own?: boolean }) {
  const { t } = usePage();
  if (post.state === 'expired') return <Banner kind="warning" title={t('exchange.post.expired')} />;
  if (post.state === 'closed') return <Banner kind="warning" title={t('exchange.post.closed')} />;
  if (post.state === 'hidden')
    return (
      <Banner kind="warning" title={t('exchange.post.hidden')}>
        {own || post.hiddenReason ? <p>{t('exchange.post.hiddenReason', { reason: post.hiddenReason ?? '' })}</p> : null}
      </Banner>
    );
  return null;
}

/** A post's description as its author typed it, in its language. */
export function Description({ post }: { post: Pick<PostView, 'description' | 'lang'> }) {
  return <MultiLine text={post.description} lang={post.lang} class="prose" />;
}
