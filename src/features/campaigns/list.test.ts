import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser } from '../../../test/support/accounts.ts';
import { LIST_PAGE } from './service-public.ts';
import { createCampaign } from './service.ts';
import { validCampaign } from './test-support.ts';

// The public list: running, upcoming and past by today's date in Belgium, each a page at a time
// on its index (keyset), the next page of one period shown alone.

describeEachEngine('campaigns: the public list by period', (t) => {
  before(async () => {
    const secretary = await createUser(t().db, { secretariat: true });
    const make = async (title: string, startsOn: string, endsOn: string) =>
      assert.ok(
        (
          await createCampaign(
            t().db,
            secretary.id,
            validCampaign({ startsOn, endsOn, texts: [{ lang: 'nl', title, aim: 'Doel', ctaText: null }] }),
          )
        ).ok,
      );
    await make('Lopend', '2020-01-01', '2099-12-31');
    await make('Gepland', '2099-01-01', '2099-01-31');
    for (let i = 0; i <= LIST_PAGE; i++) {
      const day = String(i + 1).padStart(2, '0');
      await make(`Voorbij ${day}`, `2021-01-${day}`, `2021-02-${day}`);
    }
  });

  test('each period in its section; the past a page at a time, newest end first', async () => {
    const first = await t().client().get('/nl/campaigns');
    assert.equal(first.status, 200);
    const [, running, upcoming, past] = first.body.split(/<h2 id="(?:running|upcoming|past)">/);
    assert.match(running!, /Lopend/);
    assert.doesNotMatch(running!, /Gepland|Voorbij/);
    assert.match(upcoming!, /Gepland/);
    assert.match(past!, /Voorbij 21/);
    assert.doesNotMatch(past!, /Voorbij 01</, 'the oldest is on the next page');
    const next = /href="(\/nl\/campaigns\?past=[^"#]+)#past"/.exec(first.body)?.[1];
    assert.ok(next, 'a link to the next page of past campaigns');
    const second = await t().client().get(next.replace(/&amp;/g, '&'));
    assert.equal(second.status, 200);
    assert.match(second.body, /Voorbij 01</);
    assert.doesNotMatch(second.body, /Voorbij 21|Lopend|Gepland/);
    assert.match(second.body, /href="\/nl\/campaigns"/);
  });
});
