// Tables that belong to the platform itself (jobs, audit, rate limits, settings).
export interface JobsTable {
  id: string;
  queue: string;
  payload: string; // JSON
  status: 'pending' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: string; // JSON, never passwords or tokens
}

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: number; // epoch ms
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** The page cache's version of each content (ADR 0022): a random token that writes replace. */
export interface ContentVersionsTable {
  name: string;
  token: string;
}
