import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner, SummaryList, Table, type SummaryRow } from '../../../../platform/views/components.tsx';
import { EVENT, ONLY_IN } from '../../labels.ts';
import { LANGUAGE_LABEL, REGION_LABEL, SECTOR_LABEL, SIZE_LABEL } from '../../../organisations/vocabulary.ts';
import { badgeEmbedCode, BADGE_HEIGHT, BADGE_WIDTH } from '../../badge.ts';
import type { LibraryItem } from '../../../practices/service-library.ts';
import type { ObstacleItem } from '../../../obstacles/service.ts';
import { ObstacleLink } from '../../../obstacles/obstacle-link.tsx';
import type { ProfilePost } from '../../../exchange/service-public.ts';
import { ProfileActions, type ProfileActionList } from './actions.tsx';
import { ActivityTotals, type ProfileActivityTotals } from './activity-totals.tsx';
import { Commitments, type ProfileCommitments } from './commitments.tsx';
import { YearlyReports } from './reports.tsx';
import type { PublicReporting } from '../../../reports/service-public.ts';
import { descriptionFor, type OrgLink, type Profile, type ProfileEvent } from '../../service.ts';

/** The organisation's published practices and those it adopted (the practices feature's read). */
export interface ProfilePractices {
  published: LibraryItem[];
  adopted: LibraryItem[];
}

/** The obstacles the organisation reported and those it sees too (the obstacles feature's read). */
export interface ProfileObstacles {
  reported: ObstacleItem[];
  endorsed: ObstacleItem[];
}

export function ProfilePage(props: {
  profile: Profile;
  practices?: ProfilePractices;
  obstacles?: ProfileObstacles;
  /** Its open offers and asks (the exchange feature's read). */
  posts?: ProfilePost[];
  /** The joint actions it leads or joined (the actions feature's read). */
  actions?: ProfileActionList;
  /** Its public activities' totals (the activities feature's read). */
  activities?: ProfileActivityTotals;
  /** The nine commitments this year, their public parts (every feature's, through the registry). */
  commitments?: ProfileCommitments;
  /** Its reporting statuses and public reports (the reports feature's read). */
  reporting?: PublicReporting;
}) {
  const { profile, practices, obstacles, posts, actions, activities, commitments, reporting } = props;
  const { t } = usePage();
  const href = useHref();
  const withdrawal =
    profile.status === 'withdrawn' ? [...profile.events].reverse().find((e) => e.kind === 'withdrawn') : undefined;
  return (
    <Layout title={profile.name}>
      <BackLink href={href('/signatories')}>{t('signatories.profile.back')}</BackLink>
      <div class="stack">
        <p class="caption">{t(SECTOR_LABEL[profile.sector])}</p>
        <h1>{profile.name}</h1>
        {profile.logoFile ? (
          <img
            src={`/media/logos/${encodeURIComponent(profile.logoFile)}`}
            alt={t('signatories.profile.logoAlt', { name: profile.name })}
          />
        ) : null}
        {profile.status === 'withdrawn' ? <WithdrawnBanner event={withdrawal} /> : null}
        <Description profile={profile} />
        <h2>{t('signatories.profile.facts')}</h2>
        <Facts profile={profile} />
        {commitments ? <Commitments commitments={commitments} /> : null}
        {reporting ? <YearlyReports slug={profile.slug} reporting={reporting} /> : null}
        <h2>{t('signatories.profile.history')}</h2>
        <History events={profile.events} />
        {practices ? <Practices practices={practices} /> : null}
        {obstacles && obstacles.reported.length + obstacles.endorsed.length > 0 ? (
          <Obstacles obstacles={obstacles} />
        ) : null}
        {actions && actions.items.length > 0 ? <ProfileActions actions={actions} /> : null}
        {posts && posts.length > 0 ? <Posts posts={posts} /> : null}
        {activities && activities.lines.length > 0 ? <ActivityTotals totals={activities} /> : null}
        <Network profile={profile} />
        {profile.status === 'signatory' ? <CertificateAndBadge profile={profile} /> : null}
      </div>
    </Layout>
  );
}

function WithdrawnBanner({ event }: { event: ProfileEvent | undefined }) {
  const { t, fmt } = usePage();
  return (
    <Banner kind="warning" title={t('signatories.profile.withdrawnTitle')}>
      <p>
        {event
          ? t('signatories.profile.withdrawnOn', { date: fmt.date(event.at) })
          : t('signatories.profile.withdrawnBody')}
      </p>
    </Banner>
  );
}

function Description({ profile }: { profile: Profile }) {
  const { t, lang } = usePage();
  const description = descriptionFor(profile, lang);
  if (!description) return <p>{t('signatories.profile.noDescription')}</p>;
  return (
    <section class="stack" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('signatories.profile.about')}</h2>
      {description.fallback ? <Banner kind="info" title={t(ONLY_IN[description.lang])} /> : null}
      <div class="prose" lang={description.lang}>
        {description.text.split(/\n{2,}/).map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}

function Facts({ profile }: { profile: Profile }) {
  const { t, fmt } = usePage();
  const rows: SummaryRow[] = [
    { key: t('signatories.profile.sector'), value: t(SECTOR_LABEL[profile.sector]) },
    { key: t('signatories.profile.size'), value: t(SIZE_LABEL[profile.size]) },
    {
      key: t('signatories.profile.regions'),
      value: profile.regions.length
        ? profile.regions.map((r) => t(REGION_LABEL[r])).join(', ')
        : t('signatories.profile.unknown'),
    },
    {
      key: t('signatories.profile.languages'),
      value: profile.languages.length
        ? profile.languages.map((l) => t(LANGUAGE_LABEL[l])).join(', ')
        : t('signatories.profile.unknown'),
    },
  ];
  if (profile.website) {
    rows.push({
      key: t('signatories.profile.website'),
      value: (
        <a href={profile.website} rel="nofollow noopener">
          {profile.website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
        </a>
      ),
    });
  }
  rows.push({ key: t('signatories.profile.enterpriseNumber'), value: profile.enterpriseNumber });
  if (profile.signedAt) {
    rows.push({
      key: t('signatories.profile.signedOn'),
      value: <time datetime={profile.signedAt}>{fmt.date(profile.signedAt)}</time>,
    });
  }
  if (profile.charterVersion !== null) {
    rows.push({
      key: t('signatories.profile.charterVersion'),
      value: t('signatories.profile.version', { version: profile.charterVersion }),
    });
  }
  return <SummaryList rows={rows} />;
}

function History({ events }: { events: ProfileEvent[] }) {
  const { t, fmt } = usePage();
  if (events.length === 0) return <p>{t('signatories.profile.noHistory')}</p>;
  return (
    <Table
      caption={t('signatories.profile.history')}
      captionHidden
      rows={events}
      columns={[
        { header: t('signatories.profile.historyDate'), cell: (e) => <time datetime={e.at}>{fmt.date(e.at)}</time> },
        {
          header: t('signatories.profile.historyEvent'),
          cell: (e) => (
            <>
              {e.kind === 'resigned' && e.charterVersion !== null
                ? t('signatories.event.resignedVersion', { version: e.charterVersion })
                : t(EVENT[e.kind])}
              {e.note ? (
                <>
                  <br />
                  {t('signatories.event.reason')} {e.note}
                </>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

function OrgName({ org }: { org: OrgLink }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <a href={href(`/signatories/${encodeURIComponent(org.slug)}`)}>{org.name}</a>
      {org.status === 'withdrawn' ? ` (${t('signatories.status.withdrawn')})` : ''}
    </>
  );
}

/** Commitment 1: what the organisation shares in the practices library, and what it took from it. */
function Practices({ practices }: { practices: ProfilePractices }) {
  const { t } = usePage();
  const href = useHref();
  const list = (items: LibraryItem[]) => (
    <ul>
      {items.map((p) => (
        <li>
          <a href={href(`/practices/${encodeURIComponent(p.slug)}`)} lang={p.lang}>
            {p.title}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <section class="stack" aria-labelledby="practices-heading">
      <h2 id="practices-heading">{t('signatories.profile.practices')}</h2>
      {practices.published.length > 0 ? list(practices.published) : <p>{t('signatories.profile.noPractices')}</p>}
      {practices.adopted.length > 0 ? (
        <>
          <h3>{t('signatories.profile.adopted')}</h3>
          {list(practices.adopted)}
        </>
      ) : null}
    </section>
  );
}

/** Commitment 2: the obstacles it reported in the register, and those it sees too. */
function Obstacles({ obstacles }: { obstacles: ProfileObstacles }) {
  const { t } = usePage();
  const list = (heading: string, items: ObstacleItem[]) =>
    items.length > 0 ? (
      <>
        <h3>{heading}</h3>
        <ul>
          {items.map((o) => (
            <li>
              <ObstacleLink item={o} />
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <section class="stack" aria-labelledby="obstacles-heading">
      <h2 id="obstacles-heading">{t('signatories.profile.obstacles')}</h2>
      {list(t('signatories.profile.obstaclesReported'), obstacles.reported)}
      {list(t('signatories.profile.obstaclesEndorsed'), obstacles.endorsed)}
    </section>
  );
}

/** Commitment 2: what the organisation offers and asks for now, in the exchange. */
function Posts({ posts }: { posts: ProfilePost[] }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <section class="stack" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">{t('signatories.profile.exchange')}</h2>
      <ul>
        {posts.map((p) => (
          <li>
            {t(p.kind === 'offer' ? 'signatories.profile.exchangeOffer' : 'signatories.profile.exchangeAsk')}{' '}
            <a href={href(`/exchange/${encodeURIComponent(p.id)}`)} lang={p.lang}>
              {p.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Commitment 5: signatories bring others in; both sides of the invitation are shown. */
function Network({ profile }: { profile: Profile }) {
  const { t } = usePage();
  if (!profile.invitedBy && profile.invitees.length === 0) return null;
  return (
    <section class="stack" aria-labelledby="network-heading">
      <h2 id="network-heading">{t('signatories.profile.network')}</h2>
      {profile.invitedBy ? (
        <p>
          {t('signatories.profile.invitedBy')} <OrgName org={profile.invitedBy} />
        </p>
      ) : null}
      {profile.invitees.length > 0 ? (
        <>
          <p>{t('signatories.profile.broughtIn', { count: profile.invitees.length, name: profile.name })}</p>
          <ul>
            {profile.invitees.map((org) => (
              <li>
                <OrgName org={org} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function CertificateAndBadge({ profile }: { profile: Profile }) {
  const { t, lang, baseUrl } = usePage();
  const href = useHref();
  const code = badgeEmbedCode(t, baseUrl, lang, profile);
  return (
    <section class="stack" aria-labelledby="badge-heading">
      <h2 id="badge-heading">{t('signatories.profile.badgeHeading')}</h2>
      <p>
        <a href={href(`/signatories/${encodeURIComponent(profile.slug)}/certificate`)}>
          {t('signatories.profile.certificateLink')}
        </a>
      </p>
      <p>{t('signatories.profile.badgeIntro')}</p>
      <p>
        <img
          src={`/badge/${encodeURIComponent(profile.slug)}.svg?lang=${lang}`}
          width={BADGE_WIDTH}
          height={BADGE_HEIGHT}
          alt=""
        />
      </p>
      <div class="field">
        <label class="label" for="badge-code">
          {t('signatories.profile.badgeCode')}
        </label>
        <div class="hint" id="badge-code-hint">
          {t('signatories.profile.badgeCodeHint')}
        </div>
        <textarea
          class="textarea"
          id="badge-code"
          rows={4}
          readOnly
          aria-describedby="badge-code-hint"
          spellcheck={false}
        >
          {code}
        </textarea>
      </div>
      <button
        class="button button--secondary"
        type="button"
        data-copy="badge-code"
        data-copied={t('signatories.profile.badgeCopied')}
        data-copy-failed={t('signatories.profile.badgeCopyFailed')}
        hidden
      >
        {t('signatories.profile.badgeCopy')}
      </button>
    </section>
  );
}
