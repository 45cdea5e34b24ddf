import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import { clearRateLimits, createUser, sessionFor, TEST_PASSWORD } from '../support/accounts.ts';
import { demoSite, type DemoSite } from '../support/demo-pages.ts';
import { Client, type Response } from '../support/client.ts';
import { principalOfToken, SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';

// Every POST route of the route table, with a valid session and CSRF token, gets hostile values
// in every field its form has, in every encoding a client can choose. Whatever comes in, the
// app answers below 500, never echoes markup unescaped, never lets a value into a header, and
// when it shows the form again it keeps what was typed in the other fields.

/** A value as a string, and optionally as exact bytes (a lone surrogate has no UTF-8 string form). */
interface Hostile {
  label: string;
  value: string;
  bytes?: Buffer;
}

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const HOSTILE: Hostile[] = [
  { label: 'empty', value: '' },
  { label: '10,000 characters', value: 'é'.repeat(5000) + 'x'.repeat(5000) },
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'lone surrogates', value: '\uD800x\uDFFF', bytes: Buffer.from([0xed, 0xa0, 0x80, 0x78, 0xed, 0xbf, 0xbf]) },
  { label: 'RTL override', value: 'abc\u202Egnp.exe\u202C' },
  { label: 'script', value: SCRIPT },
  { label: 'attribute break-out', value: IMG },
  { label: 'CSV formula', value: '=HYPERLINK("http://evil.example","click")' },
  { label: 'CSV formula 2', value: '@SUM(1+1)*cmd|\' /C calc\'!A0' },
  { label: 'CRLF', value: 'line\r\nSet-Cookie: evil=1\r\nX-Evil: 1' },
  { label: 'path', value: '../../../etc/passwd%00' },
];
/** The ones also tried one field at a time, with ordinary values in the other fields. */
const ONE_AT_A_TIME = ['attribute break-out', 'NUL', '10,000 characters'];

type Pairs = [string, string | Buffer][];

function urlEncoded(pairs: Pairs): string {
  const byte = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  const encode = (v: string | Buffer) =>
    typeof v === 'string' ? encodeURIComponent(v) : [...v].map(byte).join('');
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`).join('&');
}

function multipartBody(pairs: Pairs, boundary: string, file?: { field: string; name: string }): Buffer {
  const chunks: Buffer[] = [];
  for (const [k, v] of pairs) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n`));
    chunks.push(typeof v === 'string' ? Buffer.from(v) : v, Buffer.from('\r\n'));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: image/png\r\n\r\nnot a png\r\n`,
      ),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

interface Field {
  name: string;
  kind: 'text' | 'hidden' | 'password' | 'choice' | 'file' | 'button';
  value: string;
}

/** The forms on a page whose action matches `pattern`, with their fields in document order. */
function formsOn(html: string, pattern: RegExp): { action: string; multipart: boolean; fields: Field[] }[] {
  const forms = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const action = /action="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
    if (!pattern.test(action)) continue;
    const fields: Field[] = [];
    for (const el of m[2]!.matchAll(/<(input|textarea|select|button)\b([^>]*)>/g)) {
      const attrs = el[2]!;
      const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
      if (!name || name === '_csrf') continue;
      const type = /\btype="([^"]*)"/.exec(attrs)?.[1] ?? (el[1] === 'button' ? 'submit' : 'text');
      const value = /\bvalue="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const kind: Field['kind'] =
        el[1] === 'select' || type === 'radio' || type === 'checkbox'
          ? 'choice'
          : el[1] === 'button' || type === 'submit'
            ? 'button'
            : type === 'hidden' || type === 'password' || type === 'file'
              ? type
              : 'text';
      if (kind === 'choice' && fields.some((f) => f.name === name)) continue;
      fields.push({ name, kind, value });
    }
    forms.push({ action, multipart: /multipart\/form-data/.test(m[1]!), fields });
  }
  return forms;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/:lang/x/:id/y` → a pattern for filled paths in English. */
function routePattern(url: string): RegExp {
  const body = url
    .split('/')
    .map((s) => (s === ':lang' ? 'en' : s.startsWith(':') ? '[^/"?#]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}$`);
}

interface Target {
  route: string;
  path: string;
  /** Who is signed in (a user id), or null. */
  user: string | null;
  multipart: boolean;
  fields: Field[];
}

// Routes whose form the demo cannot show, and why; every other POST route must be found.
const NO_FORM_IN_DEMO: Record<string, string> = {
  '/:lang/organisations/:orgId/reports/:year/start':
    'a report per organisation and cycle: the demo organisation has one in every cycle that has opened (so the sweep opens its pages), and the start button is replaced by a link to it (features/reports/report.test.ts sends it an unknown language)',
  '/:lang/organisations/:orgId/reports/:year/submit':
    'shown once every section is confirmed and the executive has signed: the demo draft waits for its executive, so that the link the executive is sent is swept (features/reports/submit.test.ts sends it hostile values)',
  '/:lang/organisations/:orgId/evaluation/vote':
    'the demo’s evaluation is in its proposal phase, so the vote form is not shown yet (features/evaluation/vote-page.test.ts sends it hostile values)',
  '/:lang/secretariat/evaluation/charter':
    'the draft of the next charter version is a form only once the vote’s result is known (features/evaluation/publish.test.ts sends it hostile values)',
  '/:lang/setup/:token': 'the demo has a secretariat, so the first-start set-up is closed (410)',
  '/:lang/actions/:actionSlug/unhide':
    'a button without fields, shown to the secretariat on a hidden action only: the sweep’s action is public (features/actions/moderation.test.ts)',
  '/:lang/actions/:actionSlug/unfeature':
    'a button without fields, shown to the secretariat on a featured action only: the sweep’s action is not featured (features/actions/featured.test.ts)',
  '/:lang/organisations/:orgId/assessment/runs':
    'one run in progress at a time: the demo organisation answers one (so the sweep opens its pages), and the start form is replaced by a link to it (features/assessment/run.test.ts sends it hostile values)',
  '/:lang/organisations/:orgId/assessment/editors/:userId/remove':
    'a button without fields, beside an editor: the demo names none, so that the form to name one is shown (features/assessment/access.test.ts)',
  '/:lang/secretariat/assessment/frameworks':
    'a button without fields, shown while no draft of the framework exists: the demo has one, so that its edit pages are swept (features/assessment/secretariat-frameworks.test.ts)',
  '/:lang/organisations/:orgId/evaluation/consultation':
    'the demo evaluation is in its proposals phase (as issue 10 asks), so the consultation is closed and its form not shown (features/evaluation/consultation.test.ts sends it answers, a half answer and a too long one)',
  '/:lang/actions/:actionSlug/partners/:orgId/ask':
    'a button without fields, shown to signatories other than the lead: the demo accounts lead the sweep’s action (features/actions/partners.test.ts)',
};

describeEachEngine('hostile input on every POST route', (t) => {
  let site: DemoSite;
  /** Who may look for a form: the demo accounts, an invitee, a person with an unconfirmed address. */
  const people: Record<string, string | null> = { anonymous: null };
  /** Pages only some people see: an application's page, as its own applicant or as the secretariat. */
  const extraPages: { path: string; user: string | null }[] = [];
  const problems: string[] = [];
  /** Routes that showed their form again with the other typed values in it: proof the posts got through. */
  const reshown = new Set<string>();
  const statuses = new Map<number, number>();

  before(async () => {
    site = await demoSite(t());
    for (const role of Object.keys(site.sessions) as (keyof typeof site.sessions)[]) {
      people[role] = (await principalOfToken(t().db, site.sessions[role], t().registry.membershipsOf))!.userId;
    }
    // demo-pages invites new.colleague@example.org; the invitation's form is for that address.
    people.invitee = (await createUser(t().db, { email: 'new.colleague@example.org' })).id;
    people.unverified = (await createUser(t().db, { verified: false })).id;
    // Half-way through sign-in (right password, code still to give): the code step's form.
    const halfWay = await createUser(t().db, { secondFactor: true, email: 'half.way@example.org' });
    people.halfWay = halfWay.id;
    halfWayEmail.set(halfWay.id, halfWay.email);
    const applications = await t().db
      .selectFrom('applications')
      .select(['id', 'status', 'applicant_user_id'])
      .where('status', 'in', ['awaiting_executive', 'info_requested', 'awaiting_review'])
      .execute();
    for (const a of applications) {
      extraPages.push({ path: `/en/sign/applications/${a.id}`, user: a.applicant_user_id });
      extraPages.push({ path: `/en/secretariat/applications/${a.id}`, user: people.secretariat! });
    }
  });

  /** People who are only half-way through sign-in, by id: their client holds a code step, not a session. */
  const halfWayEmail = new Map<string, string>();

  /** Signs the client in with the password only: the code step starts afresh, its tries unspent. */
  async function startCodeStep(client: Client, email: string) {
    await clearRateLimits(t().db);
    const res = await client.submit('/en/sign-in', { email, password: TEST_PASSWORD });
    assert.equal(res.location, '/en/sign-in/code', 'the password leads to the code step');
  }

  /** A client of its own for each route: some routes end the session they are sent with. */
  async function clientAs(user: string | null): Promise<Client> {
    const client = t().client();
    client.acceptLanguage = 'en';
    const email = user ? halfWayEmail.get(user) : undefined;
    if (email) await startCodeStep(client, email);
    // A session as after sign-in: one with a second factor has proven it (the secretariat's must).
    else if (user) client.setCookie(SESSION_COOKIE, await sessionFor(t().db, user));
    return client;
  }

  /** Pages seen while looking for forms, by person and address: many routes share a page. */
  const seen = new Map<string, Promise<Response>>();
  function look(path: string, user: string | null): Promise<Response> {
    const key = `${user}|${path}`;
    if (!seen.has(key)) seen.set(key, clientAs(user).then((client) => client.get(path)));
    return seen.get(key)!;
  }

  function ordinary(fields: Field[], token: string): Pairs {
    const pairs: Pairs = [['_csrf', token]];
    for (const f of fields) if (f.kind !== 'file') pairs.push([f.name, f.kind === 'text' ? 'Ordinary words' : f.value]);
    return pairs;
  }

  /**
   * Finds a page that shows the route's form: the page at the same address, one above it (the
   * resend form is on the application's page) or beside that, as each person in turn, then the answer to a
   * form above it sent with ordinary values (withdrawing asks to confirm).
   */
  async function findTarget(route: string, found: Map<string, Target>): Promise<Target | null> {
    const pattern = routePattern(route);
    const segments = route.split('/');
    const candidates: { path: string; user: string | null }[] = [];
    for (let n = segments.length; n >= 2; n--) {
      const prefix = segments.slice(0, n).join('/');
      // The page itself, or one beside it (invitations are cancelled from the members page).
      const near = (r: string) => r === prefix || (r.startsWith(`${prefix}/`) && r.split('/').length === n + 1);
      for (const page of site.pages.filter((p) => near(p.route)))
        for (const user of Object.values(people)) candidates.push({ path: page.path('en'), user });
    }
    if (route.includes(':applicationId')) candidates.push(...extraPages);
    for (const { path, user } of candidates) {
      const res = await look(path, user);
      if (res.status >= 300) continue;
      const form = formsOn(res.body, pattern)[0];
      if (form) return { route, path: form.action, user, multipart: form.multipart, fields: form.fields };
    }
    for (let n = segments.length - 1; n >= 2; n--) {
      const above = found.get(segments.slice(0, n).join('/'));
      if (!above) continue;
      const client = await clientAs(above.user);
      const res = await client.request('POST', above.path, urlEncoded(ordinary(above.fields, await tokenFor(client))), 'application/x-www-form-urlencoded');
      const form = formsOn(res.body, pattern)[0];
      if (form) return { route, path: form.action, user: above.user, multipart: form.multipart, fields: form.fields };
    }
    return null;
  }

  async function tokenFor(client: Client): Promise<string> {
    for (const page of ['/en/account', '/en/sign-in', '/en/secretariat/gallery', '/en/forgot-password']) {
      const res = await client.get(page);
      if (res.status === 200 && res.body.includes('name="_csrf"')) return Client.csrfOf(res.body);
    }
    throw new Error('no page with a CSRF token');
  }

  async function send(target: Target, client: Client, pairs: Pairs, as: 'form' | 'multipart' | 'json' | 'text' | 'bare-multipart') {
    await clearRateLimits(t().db);
    // Wrong codes use up a code step: each post gets a fresh one, so each reaches the form.
    const email = target.user ? halfWayEmail.get(target.user) : undefined;
    if (email) await startCodeStep(client, email);
    const file = target.fields.find((f) => f.kind === 'file');
    switch (as) {
      case 'form':
        return client.request('POST', target.path, urlEncoded(pairs), 'application/x-www-form-urlencoded');
      case 'multipart': {
        const boundary = `----hostile${Math.random().toString(16).slice(2)}`;
        const body = multipartBody(pairs, boundary, file ? { field: file.name, name: String(pairs[1]?.[1] ?? 'x') } : undefined);
        return client.request('POST', target.path, body, `multipart/form-data; boundary=${boundary}`);
      }
      case 'bare-multipart':
        return client.request('POST', target.path, multipartBody(pairs, 'b'), 'multipart/form-data');
      case 'json': {
        const object: Record<string, unknown> = {};
        for (const [k, v] of pairs) object[k] = typeof v === 'string' ? v : v.toString('latin1');
        return client.request('POST', target.path, JSON.stringify(object), 'application/json');
      }
      case 'text':
        return client.request('POST', target.path, urlEncoded(pairs), 'text/plain');
    }
  }

  function check(target: Target, res: Response, label: string, kept: (string | RegExp)[] = []) {
    const where = `${target.route} ${label}: ${res.status}`;
    if (res.status >= 500) problems.push(`${where}: server error`);
    if (res.body.includes(SCRIPT) || res.body.includes('<img src=x onerror')) problems.push(`${where}: markup echoed unescaped`);
    for (const [name, value] of Object.entries(res.headers)) {
      if (/evil/i.test(name) || /evil=1|X-Evil/i.test(String(value))) problems.push(`${where}: header ${name} injected`);
    }
    const formAgain = res.status >= 400 && res.status < 500 && res.body.includes(`action="${target.path}"`);
    if (formAgain && kept.length > 0) reshown.add(target.route);
    if (formAgain) {
      for (const value of kept) {
        const there = typeof value === 'string' ? res.body.includes(value) : value.test(res.body);
        if (!there) problems.push(`${where}: lost ${String(value)}`);
      }
    }
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }

  /** The form's fields with `value` in each (buttons keep their own value, to take the form's main path). */
  function allFields(target: Target, token: string, value: string | Buffer): Pairs {
    const pairs: Pairs = [['_csrf', token]];
    for (const f of target.fields) if (f.kind !== 'file') pairs.push([f.name, f.kind === 'button' ? f.value : value]);
    return pairs;
  }

  test('no 5xx, no markup echoed, no header injected, typed values kept', async () => {
    const routes = t().app.routeTable.filter((r) => r.method === 'POST');
    assert.ok(routes.length > 20, 'the route table has the POST routes');
    // Every form is found before anything is sent: a post may spend a link another form needs.
    const targets = new Map<string, Target>();
    const blind: string[] = [];
    for (const route of routes) {
      const target = await findTarget(route.url, targets);
      if (target) targets.set(route.url, target);
      else if (!NO_FORM_IN_DEMO[route.url]) blind.push(route.url);
    }
    assert.deepEqual(blind, [], 'every POST route has a page that shows its form');

    for (const target of targets.values()) {
      const client = await clientAs(target.user);
      const token = await tokenFor(client);
      const encoding = target.multipart ? 'multipart' : 'form';

      // Each value in every field at once, as the form's own encoding.
      for (const h of HOSTILE) {
        const res = await send(target, client, allFields(target, token, h.bytes ?? h.value), encoding);
        check(target, res, h.label);
      }
      // Every field twice, with two different values.
      const twice: Pairs = [['_csrf', token]];
      for (const f of target.fields) if (f.kind !== 'file') twice.push([f.name, SCRIPT], [f.name, IMG]);
      check(target, await send(target, client, twice, encoding), 'repeated fields');
      // The other encodings a client can choose, and a multipart body without a boundary.
      for (const as of ['form', 'multipart', 'json', 'text', 'bare-multipart'] as const) {
        if (as !== encoding) check(target, await send(target, client, allFields(target, token, IMG), as), `as ${as}`);
      }

      // One field at a time, ordinary typed values in the others: those must come back.
      const typed = target.fields.filter((f) => f.kind === 'text');
      for (const label of ONE_AT_A_TIME) {
        const h = HOSTILE.find((x) => x.label === label)!;
        for (const field of target.fields.filter((f) => f.kind !== 'button' && f.kind !== 'file')) {
          const pairs: Pairs = [['_csrf', token]];
          const kept: (string | RegExp)[] = [];
          for (const f of target.fields) {
            if (f.kind === 'file') continue;
            if (f === field) pairs.push([f.name, h.bytes ?? h.value]);
            else if (f.kind === 'text') {
              const marker = `Typed${typed.indexOf(f)}x${f.name.replace(/\W/g, '')}`;
              pairs.push([f.name, marker]);
              kept.push(marker);
            } else {
              pairs.push([f.name, f.value]);
              // A radio button or checkbox chosen stays chosen (a select's first option is its own default).
              if (f.kind === 'choice' && f.value)
                kept.push(new RegExp(`name="${f.name}" type="(?:radio|checkbox)" value="${escapeRe(f.value)}" checked`));
            }
          }
          check(target, await send(target, client, pairs, encoding), `${label} in ${field.name}`, kept);
        }
      }
    }

    // What was stored is shown escaped everywhere, and the open data neuters formulas.
    for (const page of site.pages) {
      const res = await (await clientAs(people[page.who] ?? null)).get(page.path('en'));
      check({ route: page.route, path: '', user: null, multipart: false, fields: [] }, res, 'shown afterwards');
    }
    const csv = await t().client().get('/api/v1/signatories.csv');
    assert.equal(csv.status, 200);
    assert.doesNotMatch(csv.body, /(^|,)"?[=@]/m, 'no field of the CSV starts a formula');
    assert.deepEqual(problems, []);
    // The posts passed the checks and reached the forms: most routes answered with their form again.
    assert.ok(targets.has('/:lang/sign-in/code'), 'the code step of sign-in is sent hostile input too');
    assert.ok(reshown.size >= 10, `forms shown again with typed values: ${[...reshown].join(', ')}`);
    assert.ok((statuses.get(403) ?? 0) < (statuses.get(400) ?? 0), `statuses: ${JSON.stringify([...statuses])}`);
  });
});
