import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, ButtonLink, Pagination, Table } from '../../../../platform/views/components.tsx';
import type { CampaignCard } from '../../service-public.ts';
import { PeriodText } from '../../components.tsx';

/** The secretariat's campaigns, newest first, with their figures and a way to each one's form. */
export function SecretariatListPage(props: { items: CampaignCard[]; next: string | null; paged: boolean }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const title = t('campaigns.secretariat.title');
  return (
    <Layout title={title} noindex wide>
      <BackLink href={href('/secretariat')}>{t('campaigns.secretariat.overview')}</BackLink>
      <h1>{title}</h1>
      <p>
        <ButtonLink href={href('/secretariat/campaigns/new')}>{t('campaigns.new.title')}</ButtonLink>
      </p>
      {props.items.length === 0 ? (
        <p>{t('campaigns.list.none')}</p>
      ) : (
        <Table
          caption={title}
          captionHidden
          rows={props.items}
          columns={[
            {
              header: t('campaigns.form.title'),
              cell: (c) => (
                <a
                  href={href(`/secretariat/campaigns/${c.campaign.id}/edit`)}
                  lang={c.shown.fallback ? c.shown.text.lang : undefined}
                >
                  {c.shown.text.title}
                </a>
              ),
            },
            {
              header: t('campaigns.table.period'),
              cell: (c) => <PeriodText startsOn={c.campaign.starts_on} endsOn={c.campaign.ends_on} />,
            },
            {
              header: t('campaigns.table.supporters'),
              numeric: true,
              cell: (c) => fmt.number(Number(c.campaign.supporter_count)),
            },
            {
              header: t('campaigns.table.reach'),
              numeric: true,
              cell: (c) => fmt.number(Number(c.campaign.reach_all)),
            },
          ]}
        />
      )}
      <Pagination
        firstHref={props.paged ? href('/secretariat/campaigns') : null}
        nextHref={props.next ? `${href('/secretariat/campaigns')}?after=${encodeURIComponent(props.next)}` : null}
      />
    </Layout>
  );
}
