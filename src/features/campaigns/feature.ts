import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { campaignCommitments } from './commitments.ts';
import { demo, demoPages } from './demo.ts';
import { seedScaleCampaigns } from './seed-scale.ts';
import { onActivityChanged } from './reach.ts';
import { MAIL_KIND } from './service-mail.ts';
import './campaigns.table.ts';
import { CAMPAIGNS_CONTENT } from './repository.ts';

/** Awareness campaigns run by the secretariat (issue 8, commitment 6): supported and joined by signatories. */
export const campaigns: Feature = {
  name: 'campaigns',
  contents: [CAMPAIGNS_CONTENT],
  routes,
  migrations,
  // The reach rows and the counts on `campaigns` are kept by the writes; a backup holds them as they were.
  tables: ['campaigns', 'campaign_texts', 'campaign_materials', 'campaign_supporters', 'campaign_reach'],
  events: { 'activities:changed': onActivityChanged },
  mailKinds: [
    {
      key: MAIL_KIND,
      label: 'campaigns.mailKind.supporters',
      hint: 'campaigns.mailKind.supportersHint',
      shownTo: (user) => user.memberships.some((m) => m.role === 'admin'),
    },
  ],
  // Everyone finds the campaigns from every page's footer (the header is full at 320 px).
  footerLinks: [{ path: '/campaigns', label: 'campaigns.list.title', order: 20 }],
  secretariatLinks: [{ path: '/secretariat/campaigns', label: 'campaigns.secretariat.link', order: 12 }],
  commitments: campaignCommitments,
  demo,
  demoPages,
  // One campaign per thousand signatories, supported by one in five (seed --scale N).
  scale: seedScaleCampaigns,
};
