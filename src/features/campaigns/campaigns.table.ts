// The campaigns' tables (issue 8, commitment 6). A campaign's texts are per language
// (`campaign_texts`), its materials per language too. Supporters are organisations; a campaign
// keeps its supporter count and its reach (people reached by the participations logged in the
// activity log) on its row, and the reach per organisation and year in `campaign_reach`: the
// writes keep them (the support service, and the `activities:changed` listener), never a sum per
// request.

import type { Lang } from '../../platform/i18n/i18n.ts';

export interface CampaignsTable {
  id: string;
  slug: string;
  /** The language the secretariat wrote it in first: the fallback for the others. */
  lang: Lang;
  /** YYYY-MM-DD, both days included. */
  starts_on: string;
  ends_on: string;
  cause_bits: number;
  group_bits: number;
  cta_link: string | null;
  supporter_count: number;
  participation_count: number;
  /** People reached by the public participations: what everyone sees. */
  reach_public: number;
  /** People reached by every participation, public or not. */
  reach_all: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignTextsTable {
  campaign_id: string;
  lang: Lang;
  title: string;
  aim: string;
  cta_text: string | null;
}

export type MaterialKind = 'file' | 'link';

export interface CampaignMaterialsTable {
  id: string;
  campaign_id: string;
  lang: Lang;
  title: string;
  kind: MaterialKind;
  /** A link's address. */
  url: string | null;
  /** A file's stored name (platform/files/storage.ts, folder `attachments`). */
  file: string | null;
  bytes: number | null;
  created_at: string;
}

export interface CampaignSupportersTable {
  campaign_id: string;
  org_id: string;
  supported_by: string;
  supported_at: string;
  /** The calendar year (Brussels) of `supported_at`: "campaigns supported this year". */
  year: number;
}

/** Per campaign, organisation, activity year and visibility: the participations and their people. */
export interface CampaignReachTable {
  campaign_id: string;
  org_id: string;
  year: number;
  visibility: string;
  entries: number;
  people: number;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    campaigns: CampaignsTable;
    campaign_texts: CampaignTextsTable;
    campaign_materials: CampaignMaterialsTable;
    campaign_supporters: CampaignSupportersTable;
    campaign_reach: CampaignReachTable;
  }
}
