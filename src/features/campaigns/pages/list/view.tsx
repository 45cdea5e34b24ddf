import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Pagination } from '../../../../platform/views/components.tsx';
import type { CampaignCard } from '../../service-public.ts';
import { CampaignItem } from '../../components.tsx';
import { ICAL_TYPE } from '../../ical.ts';
import type { Period } from '../../repository.ts';

export interface Section {
  items: CampaignCard[];
  next: string | null;
}

const HEADING = {
  running: 'campaigns.list.running',
  upcoming: 'campaigns.list.upcoming',
  past: 'campaigns.list.past',
} as const;

const EMPTY = {
  running: 'campaigns.list.noneRunning',
  upcoming: 'campaigns.list.noneUpcoming',
  past: 'campaigns.list.nonePast',
} as const;

/**
 * The campaigns for everyone: running, upcoming, then past, each a page at a time (`?past=…`
 * walks one period alone). The calendar feed of them all is linked for calendar programs.
 */
export function CampaignsPage(props: { sections: Record<Period, Section>; paged: Period | null }) {
  const { t, lang, baseUrl } = usePage();
  const href = useHref();
  const title = t('campaigns.list.title');
  const periods = props.paged ? [props.paged] : (['running', 'upcoming', 'past'] as const);
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
        <a href={href('/campaigns.ics')}>{t('campaigns.feed.all')}</a>
      </p>
      {periods.map((period) => {
        const section = props.sections[period];
        return (
          <section aria-labelledby={period}>
            <h2 id={period}>{t(HEADING[period])}</h2>
            {section.items.length === 0 ? (
              <p>{t(EMPTY[period])}</p>
            ) : (
              <ul class="card-list">
                {section.items.map((c) => (
                  <CampaignItem card={c} href={href(`/campaigns/${c.campaign.slug}`)} />
                ))}
              </ul>
            )}
            <Pagination
              firstHref={props.paged === period ? href('/campaigns') : null}
              nextHref={
                section.next ? `${href('/campaigns')}?${period}=${encodeURIComponent(section.next)}#${period}` : null
              }
            />
          </section>
        );
      })}
    </Layout>
  );
}
