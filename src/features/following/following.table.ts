// The following feature's tables (migrations/0024_following.ts).

export interface FollowsTable {
  user_id: string;
  /** The followable kind, as its feature declares it: 'practice', 'obstacle', 'action'. */
  subject_kind: string;
  subject_id: string;
  since: string;
}

export interface MailSettingsTable {
  user_id: string;
  /** A mail kind's key (`practices/adopted`), or NEWS_KIND for news of what one follows. */
  kind: string;
  /** 'on' or 'off'; for news: 'instant', 'weekly' or 'off'. */
  choice: string;
  updated_at: string;
}

export interface FollowNewsTable {
  id: string;
  user_id: string;
  subject_kind: string;
  subject_id: string;
  lang: string;
  title: string;
  /** The subject's address after the language: `/practices/a-slug`. */
  path: string;
  text: string;
  at: string;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    follows: FollowsTable;
    mail_settings: MailSettingsTable;
    follow_news: FollowNewsTable;
  }
}
