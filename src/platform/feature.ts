import type { FastifyInstance } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { DB, TableName } from './db/schema.ts';
import type { Migrations } from './db/migrate.ts';
import type { Membership, Principal } from './auth/principal.ts';
import type { JobHandler } from './jobs/queue.ts';
import type { Subscriptions } from './events.ts';

/** A link in the header's main navigation. `path` is after the language: "/charter". */
export interface NavEntry {
  path: string;
  /** A catalogue key, written literally (the catalogue test looks for it). */
  label: string;
  /** Where it goes among the others, smallest first (the charter is 10, the secretariat 90). */
  order: number;
  /** Whom to show it to; everyone when left out. */
  shownTo?: (user: Principal | null) => boolean;
}

/** A link on the secretariat's overview page, under "other tasks". */
export interface SecretariatLink {
  path: string;
  label: string;
  order: number;
  /** How many things wait there, shown beside the link: read from a count the writes keep, never a count over a table. */
  count?(db: Kysely<DB>): Promise<number>;
}

/** A signatory `seed --scale` just added, as features that add data for it need it. */
export interface ScaleSignatory {
  id: string;
  sector: string;
  regions: string[];
  languages: string[];
  /** An administrator's user id (the author of what a feature adds). */
  adminUserId: string;
  signedAt: string;
}

/** The demo accounts, as principals, for features to point the page sweep at their data. */
export type DemoPeople = Record<'secretariat' | 'org-admin' | 'org-member', Principal>;

/** What the page sweep needs to open a feature's pages on the demo data. */
export interface DemoPages {
  /** Values for route parameters by name (`orgId`, `applicationId`…): the same name means the same thing everywhere. */
  params?: Record<string, string>;
  /** A live one-time token per route that takes one (`/:lang/invitations/:token`). */
  tokens?: Record<string, string>;
  /** A route whose page answers another status than 200 on purpose, with that status. */
  status?: Record<string, number>;
  /**
   * Values for one route's parameters that differ from `params` (by route, then name): a draft's
   * pages take a run being answered where the results take a submitted one.
   */
  routeParams?: Record<string, Record<string, string>>;
}

/**
 * The organisation whose nine commitments are read: the page asking has read its row already
 * (its space, its profile), so no part reads it again.
 */
export interface CommitmentsOrg {
  id: string;
  slug: string;
  status: string;
  signed_at: string | null;
  charter_version: number | null;
}

/** One of the nine commitments as an organisation's space and its public profile show it (issue 8). */
export interface CommitmentPart {
  /** 1 to 9, the charter's numbering. */
  commitment: number;
  /**
   * What was done in the year, as catalogue keys (written literally) with their ICU values; a
   * feature leaves out what is nothing, so an empty list means nothing was done. `dates` are ISO
   * moments the page formats as dates in the reader's language and Belgian time (fmt.date) and
   * hands to the message by the same names: ICU's own date format would use the server's zone.
   */
  done: { key: string; values?: Record<string, string | number>; dates?: Record<string, string> }[];
  /** Where to do more, shown on the space only: a path after the language, and a catalogue key. */
  more: { path: string; label: string }[];
}

/**
 * What a feature hands the app: everything it owns. The platform reads this and never imports a
 * feature; src/features/index.ts lists the features, and adding one is one folder and one line
 * there (docs/new-feature.md).
 */
export interface Feature {
  name: string;
  routes(app: FastifyInstance): Promise<void>;
  /** Its migrations, by globally numbered name (platform/db/migrate.ts). */
  migrations?: Migrations;
  /**
   * Its tables, parents before children, for backups. Features are listed in
   * src/features/index.ts after those whose tables theirs point to, so the whole list restores in order.
   */
  tables?: TableName[];
  /** Its tables a backup leaves out: short-lived state, or what `afterRestore` or triggers rebuild. */
  notBackedUp?: TableName[];
  /** Runs after migrations on every start and in tests; must be idempotent. */
  prepare?(db: Kysely<DB>): Promise<void>;
  /**
   * Runs about once an hour: forget what has expired (rows, and the files they named under
   * `config.dataDir`). Must be safe to run in several processes at once.
   */
  housekeeping?(db: Kysely<DB>, config: Config): Promise<void>;
  /** Background job handlers by queue name. */
  jobs?(config: Config): Record<string, JobHandler>;
  /** Runs once a backup is restored, in the same transaction: rebuild what is derived from the rows. */
  afterRestore?(trx: Transaction<DB>): Promise<void>;
  navigation?: NavEntry[];
  /** Entries in the footer's links, after the platform's own: pages for everyone that are not a main task. */
  footerLinks?: NavEntry[];
  /**
   * The names its writes give `contentChanged` (platform/http/page-cache.ts, ADR 0022). A page
   * that shows a part of every feature (a signatory's profile) is cached from all of them.
   */
  contents?: readonly string[];
  secretariatLinks?: SecretariatLink[];
  /** What it does when another feature's event happens (platform/events.ts). */
  events?: Subscriptions;
  /** The organisations a person belongs to, for the principal (only the feature that stores memberships). */
  membershipsOf?(db: Kysely<DB>, userId: string): Promise<Membership[]>;
  /** Adds its demo data (`seed --demo`), after the features before it; reads others through their services. */
  demo?(db: Kysely<DB>): Promise<void>;
  /**
   * Adds its share of `seed --scale N`'s data for a batch of new signatories, after the features
   * before it, in bulk (one call per batch of organisations, its own transactions).
   */
  scale?(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void>;
  /**
   * Its part of "the nine commitments at a glance" for one organisation and calendar year: on the
   * space (`'space'`: what its members may see, with where to do more) or on the public profile
   * (`'public'`: public figures only). Read from kept counts and indexed rows, never by scanning.
   */
  commitments?(db: Kysely<DB>, org: CommitmentsOrg, year: number, scope: 'space' | 'public'): Promise<CommitmentPart[]>;
  /** Points the page sweep (test/support/demo-pages.ts) at its pages on the demo data. */
  demoPages?(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages>;
}
