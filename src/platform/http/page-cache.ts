import { createHash, randomUUID } from 'node:crypto';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { cookieName, FLASH_COOKIE } from './cookies.ts';

// Public pages that many people read and few change (the practices library) are kept, rendered,
// in each process's memory (ADR 0022). A route opts in with `config.cachedFrom`: the names of
// the contents it shows. Each content has a version in the database (a `content_versions` row
// holding a random token) that the writes replace in their own transaction (`contentChanged`), so every
// process sees the change as soon as it is committed: a request reads the versions (one query by
// primary key) and a page is found under the versions and its URL only. A token rather than a
// counter: a process never meets the same version twice for different content, whatever is
// restored or rolled back. Backups leave the versions out, and a restore moves them all
// (`everyContentChanged`, a version every cached page depends on).
//
// A page is stored only when it was rendered for a request without any cookie and set none, so
// nothing in it belongs to one reader. It is served to anyone not signed in who has no flash
// message waiting: a reader who carries a form's token from another page gets the same page.
// The version is also the page's ETag, so a browser that has the page gets a 304 without a
// body (old phones, slow connections).

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contents (names given to `contentChanged`) the page shows: it is cached for anonymous readers. */
    cachedFrom?: readonly string[];
  }
  interface FastifyRequest {
    /** Set on a cacheable request that missed: sendPage stores the page under it. */
    pageCacheSlot: { key: string; etag: string; store: PageStore } | null;
  }
}

type Db = Kysely<DB> | Transaction<DB>;

/** Marks a content as changed: every page cached from it is stale once the transaction commits. */
export async function contentChanged(db: Db, name: string): Promise<void> {
  await db
    .insertInto('content_versions')
    .values({ name, token: randomUUID() })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ token: eb.ref('excluded.token') })))
    .execute();
}

/** The version every page depends on besides its own contents': a restore moves it. */
const EVERYTHING = '*';

/** Marks every content as changed (after a restore, which writes rows as they were). */
export function everyContentChanged(db: Db): Promise<void> {
  return contentChanged(db, EVERYTHING);
}

/** The contents' current versions, as one string (a content never changed has version '-'). */
async function versionsOf(db: Db, names: readonly string[]): Promise<string> {
  const all = [EVERYTHING, ...names];
  const rows = await db.selectFrom('content_versions').select(['name', 'token']).where('name', 'in', all).execute();
  const byName = new Map(rows.map((r) => [r.name, r.token]));
  return all.map((n) => byName.get(n) ?? '-').join(',');
}

type Encoding = 'br' | 'gzip';

/** A page as rendered, and as compressed for the browsers that asked for it so far. */
interface Page {
  html: string;
  encoded: Partial<Record<Encoding, Buffer>>;
}

/** Rendered pages, least recently used first out, bounded by their total size. */
export class PageStore {
  private readonly pages = new Map<string, Page>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Page | undefined {
    const page = this.pages.get(key);
    if (page !== undefined) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, html: string): void {
    if (html.length > this.maxBytes / 4) return;
    this.drop(key);
    this.pages.set(key, { html, encoded: {} });
    this.grow(html.length);
  }

  /** The page compressed, made once per encoding (every reader after the first gets these bytes). */
  encode(page: Page, encoding: Encoding): Buffer {
    let bytes = page.encoded[encoding];
    if (!bytes) {
      bytes = encoding === 'br' ? zlib.brotliCompressSync(page.html, BROTLI) : zlib.gzipSync(page.html, GZIP);
      page.encoded[encoding] = bytes;
      this.grow(bytes.length);
    }
    return bytes;
  }

  private drop(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(page);
  }

  private grow(by: number): void {
    this.bytes += by;
    for (const [oldest, page] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= sizeOf(page);
    }
  }

  get size(): number {
    return this.pages.size;
  }
}

const sizeOf = (page: Page) => page.html.length + (page.encoded.br?.length ?? 0) + (page.encoded.gzip?.length ?? 0);

// Made once per page, so worth more effort than the per-response compression (@fastify/compress
// uses brotli quality 4).
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } };
const GZIP = { level: 9 };

/** What the browser accepts, brotli first; none for a browser that accepts neither (or says q=0). */
export function preferredEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Set(
    header
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
/** Today in Belgium, YYYY-MM-DD. */
const belgianDay = () => dayFormat.format(new Date());

/** About 300 library pages (UTF-16 string lengths, so about twice that in memory). */
const MAX_CHARS = 8_000_000;

/** The headers every server-rendered page gets; `personal` pages are never stored by shared caches. */
export function pageHeaders(reply: FastifyReply, personal: boolean): void {
  reply.header('cache-control', personal ? 'private, no-store' : 'public, max-age=0, must-revalidate');
  reply.header('vary', 'Cookie, Accept-Encoding');
  reply.type('text/html; charset=utf-8');
}

/**
 * Serves a cacheable anonymous request from the cache, or marks it so that sendPage stores it.
 * Registered after the permission check: a cached route still declares and passes its permission.
 */
export function registerPageCache(app: FastifyInstance): void {
  const store = new PageStore(MAX_CHARS);
  const flash = cookieName(app.deps.config, FLASH_COOKIE);
  // In the ETag, so that a new release (new templates, same contents) is never answered with a 304.
  const boot = randomUUID();
  app.decorateRequest('pageCacheSlot', null);
  app.addHook('preHandler', async (request, reply) => {
    const names = request.routeOptions.config.cachedFrom;
    if (!names || request.method !== 'GET' || request.principal || request.cookies[flash] !== undefined) return;
    // The day (Belgian time) is in the key too: what a page shows can end with the day, as an
    // offer that expires or "this year" on the first of January, without any write.
    const key = `${await versionsOf(app.deps.db, names)}\u0000${belgianDay()}\u0000${request.url}`;
    const etag = `"${createHash('sha256').update(boot).update(key).digest('base64url').slice(0, 22)}"`;
    // The ETag names this process, the versions and the URL: a browser holding it has this very
    // page, whether or not it is still in memory.
    if (request.headers['if-none-match'] === etag) {
      pageHeaders(reply, false);
      return reply.header('etag', etag).code(304).send();
    }
    const page = store.get(key);
    if (page === undefined) {
      request.pageCacheSlot = { key, etag, store };
      return;
    }
    pageHeaders(reply, false);
    reply.header('etag', etag);
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    // With Content-Encoding set, the compression plugin leaves the bytes as they are.
    if (encoding) return reply.header('content-encoding', encoding).send(store.encode(page, encoding));
    return reply.send(page.html);
  });
}

/**
 * Keeps a page just rendered for a cacheable request (sendPage calls it), and gives it its ETag.
 * Only a page rendered for a request without any cookie, that sets none, is kept: nothing in it
 * can belong to one reader (a form's token would set a cookie).
 */
export function rememberPage(request: FastifyRequest, reply: FastifyReply, html: string, status: number): void {
  const slot = request.pageCacheSlot;
  if (!slot || status !== 200 || request.headers.cookie || reply.getHeader('set-cookie') !== undefined) return;
  slot.store.set(slot.key, html);
  reply.header('etag', slot.etag);
}
