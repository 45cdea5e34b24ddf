import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Pagination } from '../../../../platform/views/components.tsx';
import type { CampaignCard } from '../../service-public.ts';
import { CampaignItem } from '../../components.tsx';
import { ICAL_TYPE } from '../../ical.ts';

export interface Section {
  items: CampaignCard[];
  next: string | null;
}

/**
 * The campaigns for everyone: running, upcoming, then past a page at a time (`?past=` walks the
 * past ones only). The calendar feed of them all is linked for calendar programs.
 */
export function CampaignsPage(props: { running: Section; upcoming: Section; past: Section; pastPaged: boolean }) {
  const { t, lang, baseUrl } = usePage();
  const href = useHref();
  const title = t('campaigns.list.title');
  const feed = href('/campaigns.ics');
  const list = (id: string, heading: string, section: Section, empty: string) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {section.items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul class="card-list">
          {section.items.map((c) => (
            <CampaignItem card={c} href={href(`/campaigns/${c.campaign.slug}`)} />
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <Layout
      title={title}
      alternates={[
        { type: ICAL_TYPE.split(';')[0]!, title: t('campaigns.feed.all'), href: `${baseUrl}/${lang}/campaigns.ics` },
      ]}
    >
      <h1>{title}</h1>
      <p class="lead">{t('campaigns.list.lead')}</p>
      <p>
        <a href={feed}>{t('campaigns.feed.all')}</a>
      </p>
      {props.pastPaged
        ? null
        : list('running', t('campaigns.list.running'), props.running, t('campaigns.list.noneRunning'))}
      {props.pastPaged
        ? null
        : list('upcoming', t('campaigns.list.upcoming'), props.upcoming, t('campaigns.list.noneUpcoming'))}
      {list('past', t('campaigns.list.past'), props.past, t('campaigns.list.nonePast'))}
      <Pagination
        firstHref={props.pastPaged ? href('/campaigns') : null}
        nextHref={props.past.next ? `${href('/campaigns')}?past=${encodeURIComponent(props.past.next)}#past` : null}
      />
    </Layout>
  );
}
