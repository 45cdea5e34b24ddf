import type { FastifyInstance } from 'fastify';

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  location: string | undefined;
}

/**
 * Talks to the app the way a browser without JavaScript does: keeps cookies, reads the
 * CSRF token from the page's form, posts url-encoded forms, and follows redirects on request.
 */
export class Client {
  private cookies = new Map<string, string>();
  /** The address the app sees the requests come from (tests of per-address limits change it). */
  public remoteAddress = '127.0.0.1';
  constructor(readonly app: FastifyInstance, public acceptLanguage = 'nl') {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(setCookie: string | string[] | undefined) {
    for (const line of [setCookie ?? []].flat()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(method: 'GET' | 'POST', url: string, payload?: string | Buffer, contentType?: string): Promise<Response> {
    const res = await this.app.inject({
      method,
      url,
      payload,
      remoteAddress: this.remoteAddress,
      headers: {
        cookie: this.cookieHeader(),
        'accept-language': this.acceptLanguage,
        ...(contentType ? { 'content-type': contentType } : {}),
      },
    });
    this.remember(res.headers['set-cookie']);
    return { status: res.statusCode, headers: res.headers, body: res.body, location: res.headers.location as string | undefined };
  }

  get(url: string): Promise<Response> {
    return this.request('GET', url);
  }

  /** GET, following redirects (at most 5). */
  async follow(url: string): Promise<Response> {
    let res = await this.get(url);
    for (let i = 0; i < 5 && res.location && res.status >= 300 && res.status < 400; i++) res = await this.get(res.location);
    return res;
  }

  /** The CSRF token of the first form on a page. */
  static csrfOf(html: string): string {
    const m = html.match(/name="_csrf" value="([^"]+)"/);
    if (!m) throw new Error('no CSRF token on the page');
    return m[1]!;
  }

  /**
   * Opens `pageUrl`, takes its CSRF token, and posts `fields` to `action` (the page itself by default).
   * Arrays become repeated fields, like checkboxes.
   */
  async submit(pageUrl: string, fields: Record<string, string | string[]>, action = pageUrl.split('?')[0]!): Promise<Response> {
    const page = await this.get(pageUrl);
    const token = Client.csrfOf(page.body);
    return this.post(action, fields, token);
  }

  async post(action: string, fields: Record<string, string | string[]>, csrf?: string): Promise<Response> {
    const form = new URLSearchParams();
    if (csrf) form.append('_csrf', csrf);
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
    return this.request('POST', action, form.toString(), 'application/x-www-form-urlencoded');
  }

  /** Posts multipart form data (for forms with a file field). */
  async postMultipart(action: string, fields: Record<string, string | string[]>, csrf: string, file?: { field: string; name: string; type: string; data: Buffer }): Promise<Response> {
    const boundary = `----inclusio${Math.random().toString(16).slice(2)}`;
    const chunks: Buffer[] = [];
    const add = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
    const all: [string, string][] = [['_csrf', csrf]];
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) all.push([k, one]);
    for (const [k, v] of all) add(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    if (file) {
      add(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`);
      chunks.push(file.data);
      add('\r\n');
    }
    add(`--${boundary}--\r\n`);
    return this.request('POST', action, Buffer.concat(chunks), `multipart/form-data; boundary=${boundary}`);
  }
}
