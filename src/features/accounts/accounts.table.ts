export interface UsersTable {
  id: string;
  email: string; // lower-cased, unique
  name: string;
  password_hash: string | null;
  locale: 'nl' | 'fr' | 'de' | 'en';
  email_verified_at: string | null;
  is_secretariat: number;
  failed_logins: number;
  locked_until: string | null;
  /** Set when the person closed the account: name, address and password are gone then. */
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string; // sha256 of the cookie value: a stolen database leaks no live session
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** When this session last proved the second factor (null: password only, or none enrolled). */
  second_factor_at: string | null;
}

/** `sign_in_code`: the password was right, the second factor is still to prove (no session yet). */
export type TokenKind = 'verify_email' | 'reset_password' | 'change_email' | 'setup_admin' | 'sign_in_code';

export interface TokensTable {
  id_hash: string;
  kind: TokenKind;
  user_id: string | null;
  payload: string; // JSON
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** Failed sign-ins under one key (see accounts/throttle.ts); times in epoch ms. */
export interface SignInThrottleTable {
  key: string;
  failures: number;
  last_failed_at: number;
  blocked_until: number;
}

// The feature's tables, added to the platform's view of the database (see platform/db/schema.ts).
declare module '../../platform/db/schema.ts' {
  interface DB {
    users: UsersTable;
    sessions: SessionsTable;
    tokens: TokensTable;
    sign_in_throttle: SignInThrottleTable;
    second_factors: SecondFactorsTable;
    recovery_codes: RecoveryCodesTable;
  }
}

export interface SecondFactorsTable {
  user_id: string;
  /** The authenticator secret, sealed (AES-256-GCM) with a key kept in the settings. */
  secret: string;
  /** Null while enrolment waits for its first code. */
  confirmed_at: string | null;
  /** The last time step a code was accepted for, so a code is never accepted twice. */
  last_step: number | null;
  created_at: string;
  updated_at: string;
}

export interface RecoveryCodesTable {
  code_hash: string; // sha256 of the code: the codes themselves are shown once and never stored
  user_id: string;
  used_at: string | null;
  created_at: string;
}
