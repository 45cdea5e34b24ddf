import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB, TableName } from './db/schema.ts';
import { collectMigrations, type Migrations } from './db/migrate.ts';
import type { Membership } from './auth/principal.ts';
import type { JobHandler } from './jobs/queue.ts';
import { eventBus, type EventBus } from './events.ts';
import { MAIL_QUEUE, mailHandler } from './mail/mailer.ts';
import type { CommitmentPart, CommitmentsOrg, Feature, NavEntry, SecretariatLink } from './feature.ts';

/** The platform's own tables in backup order (they point to no feature's table). */
const PLATFORM_TABLES: TableName[] = ['settings', 'audit_log', 'rate_limits'];
/**
 * The job queue is never backed up: mails waiting in it hold one-time links (executive signing,
 * invitation, reset) in plain text. After a restore those mails are not sent; people ask again.
 */
const PLATFORM_NOT_BACKED_UP: TableName[] = ['jobs', 'content_versions'];

/**
 * The features put together once, as the platform reads them: every list a feature adds to,
 * in the order the features are given. Built by the composition root (app, server, cli, tests).
 */
export interface Registry {
  features: readonly Feature[];
  migrations: Migrations;
  /** Every table a backup keeps, parents before children: the platform's, then each feature's. */
  tables: TableName[];
  /** Tables a backup leaves out (see `Feature.notBackedUp`). */
  notBackedUp: TableName[];
  navigation: NavEntry[];
  footerLinks: NavEntry[];
  /** Every feature's content names (see `Feature.contents`), each once. */
  contents: readonly string[];
  secretariatLinks: SecretariatLink[];
  events: EventBus;
  membershipsOf(db: Kysely<DB>, userId: string): Promise<Membership[]>;
  /**
   * "The nine commitments at a glance" for one organisation and year: one entry per commitment,
   * 1 to 9, each with every feature's `done` and `more` in the order the features are listed.
   * One call per feature that declares `commitments`, all at once.
   */
  commitments(db: Kysely<DB>, org: CommitmentsOrg, year: number, scope: 'space' | 'public'): Promise<CommitmentPart[]>;
  jobHandlers(config: Config): Record<string, JobHandler>;
}

export function buildRegistry(features: readonly Feature[]): Registry {
  const names = new Set<string>();
  for (const f of features) {
    if (names.has(f.name)) throw new Error(`Two features are called ${f.name}`);
    names.add(f.name);
  }
  const tables = [...PLATFORM_TABLES];
  for (const f of features) {
    for (const table of f.tables ?? []) {
      if (tables.includes(table)) throw new Error(`Table ${table} is claimed twice (again by ${f.name})`);
      tables.push(table);
    }
  }
  const byOrder = <T extends { order: number }>(list: T[]) => list.sort((a, b) => a.order - b.order);
  return {
    features,
    migrations: collectMigrations(features.map((f) => ({ owner: f.name, migrations: f.migrations ?? {} }))),
    tables,
    notBackedUp: [...PLATFORM_NOT_BACKED_UP, ...features.flatMap((f) => f.notBackedUp ?? [])],
    navigation: byOrder(features.flatMap((f) => f.navigation ?? [])),
    footerLinks: byOrder(features.flatMap((f) => f.footerLinks ?? [])),
    contents: [...new Set(features.flatMap((f) => f.contents ?? []))],
    secretariatLinks: byOrder(features.flatMap((f) => f.secretariatLinks ?? [])),
    events: eventBus(features.map((f) => f.events ?? {})),
    async membershipsOf(db, userId) {
      const lists = await Promise.all(features.map((f) => f.membershipsOf?.(db, userId) ?? []));
      return lists.flat();
    },
    async commitments(db, org, year, scope) {
      const lists = await Promise.all(features.map((f) => f.commitments?.(db, org, year, scope) ?? []));
      return mergeCommitments(lists.flat());
    },
    jobHandlers(config) {
      const handlers: Record<string, JobHandler> = { [MAIL_QUEUE]: mailHandler(config) };
      for (const f of features) {
        for (const [queue, handler] of Object.entries(f.jobs?.(config) ?? {})) {
          if (queue in handlers) throw new Error(`Job queue ${queue} is handled twice (again by ${f.name})`);
          handlers[queue] = handler;
        }
      }
      return handlers;
    },
  };
}

/** The charter's nine commitments, each with the parts given for it, in the order given. */
function mergeCommitments(parts: readonly CommitmentPart[]): CommitmentPart[] {
  return Array.from({ length: 9 }, (_, i) => {
    const mine = parts.filter((p) => p.commitment === i + 1);
    return { commitment: i + 1, done: mine.flatMap((p) => p.done), more: mine.flatMap((p) => p.more) };
  });
}
