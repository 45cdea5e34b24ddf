// The exchange's tables (issue 7): offers and asks that signatories post, and a line for each
// answer relayed to them (the message itself travels only in the mail job).

/** open: shown until it expires; closed: ended early by its organisation. */
export type PostStatus = 'open' | 'closed';

export interface ExchangePostsTable {
  id: string;
  org_id: string;
  author_user_id: string | null;
  /** 'offer' | 'ask' (vocabulary.ts). */
  kind: string;
  /** What it is about: expertise, volunteers… (vocabulary.ts). */
  topic: string;
  /** One of the practices' causes of exclusion. */
  cause: string;
  /** The organisations' regions as bits (vocabulary.ts). */
  region_bits: number;
  title: string;
  description: string;
  /** The language it was written in (the page's language when it was posted). */
  lang: string;
  /** The last day it is shown (YYYY-MM-DD, Brussels). */
  expires_on: string;
  status: PostStatus;
  /** 1 while open and not hidden by the secretariat: what the public indexes start with. */
  listed: number;
  hidden_reason: string | null;
  hidden_at: string | null;
  hidden_by: string | null;
  closed_at: string | null;
  /** Answers relayed so far, kept by the answer's transaction. */
  answer_count: number;
  created_at: string;
  updated_at: string;
}

export interface ExchangeAnswersTable {
  id: string;
  post_id: string;
  user_id: string | null;
  shared_address: number;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    exchange_posts: ExchangePostsTable;
    exchange_answers: ExchangeAnswersTable;
  }
}
