import { usePage, useHref } from '../../platform/views/context.ts';
import { Tag } from '../../platform/views/components.tsx';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { CampaignCard } from './service-public.ts';
import type { Material } from './repository.ts';
import { LANGUAGE_LABEL, MATERIAL_KIND_LABEL } from './vocabulary.ts';

// Parts the campaigns' pages share: a campaign in a list, its period, and its materials.

export function PeriodText({ startsOn, endsOn }: { startsOn: string; endsOn: string }) {
  const { t, fmt } = usePage();
  return <>{t('campaigns.period', { start: fmt.date(startsOn), end: fmt.date(endsOn) })}</>;
}

/** A campaign in a list: its title (in the language it is shown in), period and figures. */
export function CampaignItem({ card, href }: { card: CampaignCard; href: string }) {
  const { t, fmt } = usePage();
  const { campaign, shown } = card;
  return (
    <li class="card">
      <h3>
        <a href={href} lang={shown.fallback ? shown.text.lang : undefined}>
          {shown.text.title}
        </a>
      </h3>
      <p>
        <PeriodText startsOn={campaign.starts_on} endsOn={campaign.ends_on} />
      </p>
      {shown.fallback ? (
        <p class="hint">{t('campaigns.onlyIn', { language: t(LANGUAGE_LABEL[shown.text.lang]) })}</p>
      ) : null}
      <p>
        {t('campaigns.supporters.count', { count: Number(campaign.supporter_count) })} ·{' '}
        {t('campaigns.reach.count', {
          count: Number(campaign.reach_public),
          people: fmt.number(Number(campaign.reach_public)),
        })}
      </p>
    </li>
  );
}

/** The address of a material: its link, or the campaign's file route. */
export const materialHref = (href: (p: string) => string, slug: string, m: Material) =>
  m.kind === 'link' ? (m.url ?? '#') : href(`/campaigns/${slug}/files/${m.file}`);

export function MaterialList({
  slug,
  materials,
  labelled,
}: {
  slug: string;
  materials: Material[];
  labelled: boolean;
}) {
  const { t } = usePage();
  const href = useHref();
  return (
    <ul>
      {materials.map((m) => (
        <li>
          <a href={materialHref(href, slug, m)} lang={m.lang as Lang} hreflang={m.lang}>
            {m.title}
          </a>{' '}
          {labelled ? <Tag tone="grey">{t(LANGUAGE_LABEL[m.lang as Lang])}</Tag> : null}{' '}
          <span class="hint">{t(MATERIAL_KIND_LABEL[m.kind])}</span>
        </li>
      ))}
    </ul>
  );
}
