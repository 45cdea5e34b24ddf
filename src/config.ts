import { z } from 'zod';
import path from 'node:path';

// Every setting is optional: the defaults serve a laptop. A bad value stops the start
// with a message that names the variable, rather than failing later in a confusing way.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  BASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
    .optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Inclusio <no-reply@inclusio.localhost>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|[\d.:a-fA-F/, ]+)$/, 'must be a hop count (1) or proxy addresses (10.0.0.1, 10.0.0.0/8)')
    .optional(),
  RATE_LIMIT_PAGES: z.coerce.number().int().min(0).default(300),
  RATE_LIMIT_API: z.coerce.number().int().min(0).default(60),
});

export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string | undefined;
  logLevel: string;
  /** Secure cookies and HSTS only make sense behind HTTPS. */
  secureCookies: boolean;
  /**
   * Whom to believe about the client's address (X-Forwarded-For): nobody by default, else a hop
   * count or the proxies' addresses. Believing everyone would let anyone dodge per-IP limits.
   */
  trustProxy: number | string | false;
  /**
   * Requests per minute from one client address (its /64 for IPv6): pages, forms and files
   * together, and the API with the open-data exports. 0 turns a limit off (tests, benchmarks).
   */
  rateLimit: { pagesPerMinute: number; apiPerMinute: number };
  /** Background workers (mail) run in the app process unless a test drives them itself. */
  startWorkers: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // An empty variable (PORT=) means "not set", as in most tools.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    baseUrl,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'inclusio.sqlite')}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET,
    logLevel: e.LOG_LEVEL,
    secureCookies: baseUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY === undefined ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    rateLimit: { pagesPerMinute: e.RATE_LIMIT_PAGES, apiPerMinute: e.RATE_LIMIT_API },
    startWorkers: true,
    ...overrides,
  };
}

/**
 * Behind HTTPS there is nearly always a reverse proxy, and without TRUST_PROXY the app sees the
 * proxy's address for every request: all visitors then share one rate limit and one sign-in
 * counter, and audit lines cannot tell them apart. Said once at start, in the log.
 */
export function proxyWarning(config: Pick<Config, 'baseUrl' | 'trustProxy'>): string | null {
  if (!config.baseUrl.startsWith('https://') || config.trustProxy !== false) return null;
  return (
    'BASE_URL is https but TRUST_PROXY is not set: if a reverse proxy (nginx, Caddy, a load balancer) ' +
    'passes requests on, every visitor looks like the proxy, and per-address limits hit everyone at once. ' +
    'Set TRUST_PROXY to the number of proxies (1) or their addresses. See docs/operations.md.'
  );
}
