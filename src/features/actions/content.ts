import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';

/**
 * The content name of the cached list of actions (ADR 0022). Every write the list may show
 * moves its version in its own transaction: the counts' writes (derived.ts: an action proposed,
 * edited, moved, hidden or shown again, the scale seed) and every line of history
 * (repository.ts `addHistory`: milestones and so the progress, partners, indicators, updates).
 * Over-invalidating is harmless; forgetting is a stale page.
 */
export const ACTIONS_CONTENT = 'actions';

export const actionsChanged = (db: Kysely<DB> | Transaction<DB>): Promise<void> => contentChanged(db, ACTIONS_CONTENT);
