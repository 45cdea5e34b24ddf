import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Dialect } from '../db/database.ts';
import type { Config } from '../../config.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { Principal } from '../auth/principal.ts';
import type { Permission } from '../auth/permissions.ts';
import type { Assets } from './assets.ts';
import type { Registry } from '../registry.ts';
import type { EventBus } from '../events.ts';

/** What services need, built once per app and reachable from every route as app.deps. */
export interface Deps {
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
  assets: Assets;
  /** What the features contribute, put together (navigation, events, tables…). */
  registry: Registry;
  /** The registry's event bus, for services that tell other features what happened. */
  events: EventBus;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
  interface FastifyRequest {
    lang: Lang;
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Every route must say who may use it; the app refuses to start otherwise. */
    permission?: Permission;
    /** Ask for the second factor again when it was proven more than 15 minutes ago (approvals, settings). */
    recentSecondFactor?: boolean;
  }
}
