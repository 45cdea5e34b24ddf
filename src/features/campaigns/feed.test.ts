import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser } from '../../../test/support/accounts.ts';
import { createCampaign } from './service.ts';
import { validCampaign } from './test-support.ts';

// The calendar feeds checked against RFC 5545 by a strict reader written here: CRLF line ends,
// lines folded at 75 octets, one VCALENDAR with VERSION and PRODID, every VEVENT with UID,
// DTSTAMP and an all-day DTSTART/DTEND, summary in the reader's language, the page's URL.

interface Component {
  name: string;
  props: { name: string; params: string; value: string }[];
  children: Component[];
}

/** Unfolds and parses an iCalendar text, failing on anything RFC 5545 does not allow. */
function parseICal(body: string): Component {
  assert.ok(body.endsWith('\r\n'), 'the last line ends with CRLF');
  assert.doesNotMatch(body.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends with CRLF, never a bare CR or LF');
  const physical = body.slice(0, -2).split('\r\n');
  for (const line of physical) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `a line of at most 75 octets: ${line}`);
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      assert.ok(lines.length > 0, 'a continuation line follows a line');
      lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const stack: Component[] = [];
  let root: Component | null = null;
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    assert.ok(m, `a content line is name[;params]:value: ${line}`);
    const [, name, params, value] = m;
    if (name === 'BEGIN') {
      const c: Component = { name: value!, props: [], children: [] };
      if (stack.length) stack.at(-1)!.children.push(c);
      else {
        assert.equal(root, null, 'one calendar per feed');
        root = c;
      }
      stack.push(c);
    } else if (name === 'END') {
      assert.equal(stack.pop()?.name, value, `END:${value} closes its BEGIN`);
    } else {
      assert.ok(stack.length > 0, 'every property is inside a component');
      stack.at(-1)!.props.push({ name: name!, params: params!, value: value! });
    }
  }
  assert.equal(stack.length, 0, 'every BEGIN has its END');
  assert.ok(root);
  return root;
}

const prop = (c: Component, name: string) => c.props.filter((p) => p.name === name);

describeEachEngine('campaigns: the iCalendar feeds', (t) => {
  let slug: string;
  before(async () => {
    const secretary = await createUser(t().db, { secretariat: true });
    const long =
      'Een heel lange beschrijving van het doel van de campagne, met genoeg woorden om de regel te plooien. '.repeat(3);
    const one = await createCampaign(
      t().db,
      secretary.id,
      validCampaign({ startsOn: '2026-11-20', endsOn: '2026-12-31' }),
    );
    assert.ok(one.ok);
    slug = one.value.slug;
    const two = await createCampaign(
      t().db,
      secretary.id,
      validCampaign({
        startsOn: '2027-03-01',
        endsOn: '2027-03-01',
        texts: [{ lang: 'nl', title: 'Eéndaagse campagne', aim: long, ctaText: null }],
      }),
    );
    assert.ok(two.ok);
  });

  test('the feed of every campaign is valid iCalendar, one all-day event each', async () => {
    const res = await t().client().get('/fr/campaigns.ics');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
    const cal = parseICal(res.body);
    assert.equal(cal.name, 'VCALENDAR');
    assert.equal(prop(cal, 'VERSION')[0]?.value, '2.0');
    assert.equal(prop(cal, 'PRODID').length, 1);
    const events = cal.children.filter((c) => c.name === 'VEVENT');
    assert.equal(events.length, 2);
    for (const e of events) {
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'URL'])
        assert.equal(prop(e, name).length, 1, `${name} once in every event`);
      assert.equal(prop(e, 'DTSTART')[0]!.params, ';VALUE=DATE');
      assert.match(prop(e, 'UID')[0]!.value, /^campaign-[0-9a-f-]+@/);
    }
    const week = events.find((e) => prop(e, 'SUMMARY')[0]!.value === 'Semaine numérique')!;
    assert.ok(week, 'the summary is in the reader’s language');
    assert.equal(prop(week, 'DTSTART')[0]!.value, '20261120');
    assert.equal(prop(week, 'DTEND')[0]!.value, '20270101', 'the day after the last one');
    assert.match(prop(week, 'URL')[0]!.value, new RegExp(`/fr/campaigns/${slug}$`));
    const single = events.find((e) => prop(e, 'SUMMARY')[0]!.value === 'Eéndaagse campagne')!;
    assert.equal(prop(single, 'DTEND')[0]!.value, '20270302');
    assert.ok(res.body.includes('\r\n '), 'the long description is folded');
  });

  test('a campaign’s own feed holds its event with the same UID; the pages link the feeds', async () => {
    const all = parseICal((await t().client().get('/fr/campaigns.ics')).body);
    const res = await t().client().get(`/fr/campaigns/${slug}.ics`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
    const own = parseICal(res.body).children.filter((c) => c.name === 'VEVENT');
    assert.equal(own.length, 1);
    const uid = prop(own[0]!, 'UID')[0]!.value;
    assert.ok(
      all.children.some((e) => prop(e, 'UID')[0]?.value === uid),
      'the same UID in both feeds',
    );
    assert.equal((await t().client().get('/fr/campaigns/no-such-campaign.ics')).status, 404);
    assert.match(
      (await t().client().get(`/fr/campaigns/${slug}`)).body,
      new RegExp(`href="/fr/campaigns/${slug}\\.ics"`),
    );
    assert.match((await t().client().get('/fr/campaigns')).body, /href="\/fr\/campaigns\.ics"/);
  });
});
