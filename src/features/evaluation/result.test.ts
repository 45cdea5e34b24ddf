import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { castVotes } from './service-vote.ts';
import { holdVote, moveToPhase, type HeldVote } from './test-support-vote.ts';

// The result page and its open data: hidden until the result day, then the counts, the figures
// the outcome came from, and the outcome in plain words.

describeEachEngine('the result of the vote', (t) => {
  let held: HeldVote;

  before(async () => {
    held = await holdVote(t().db, castVotes);
  });

  test('before the result day the page says when, without counts', async () => {
    const res = await t().client().get('/nl/evaluation/result');
    assert.equal(res.status, 200);
    assert.match(res.body, /De uitslag verschijnt hier op/);
    assert.doesNotMatch(res.body, /Aangenomen|Geen quorum/);
    const api = JSON.parse((await t().client().get('/api/v1/evaluation/result')).body);
    assert.equal(api.status, 'pending');
    assert.equal(api.proposals.length, 2, 'the proposals are open data already');
    assert.equal(api.proposals[0].yes, null, 'but not their counts');
    const spec = JSON.parse((await t().client().get('/api/openapi.json')).body) as { paths: Record<string, { get?: { responses?: object } }> };
    assert.ok(spec.paths['/api/v1/evaluation/result']?.get?.responses, 'the OpenAPI file describes it');
  });

  test('on the result day: commitment 4 accepted under two thirds with half as quorum; the other has no quorum', async () => {
    await moveToPhase(t().db, held.evaluationId, 'result');
    const res = await t().client().get('/en/evaluation/result');
    assert.equal(res.status, 200);
    assert.match(res.body, /Quorum: at least half of the organisations/);
    assert.match(res.body, /Majority: at least two thirds of the yes and no votes/);
    assert.match(res.body, /4 of the 6 organisations voted; 3 votes were needed\. 3 voted yes and 3 yes votes were needed, so the proposal is accepted\./);
    assert.match(res.body, /Only 2 of the 6 organisations voted, but 3 votes were needed\. Without a quorum, the proposal is not adopted\./);
    assert.match(res.body, /<caption[^>]*>Votes per proposal<\/caption>/);
    const api = JSON.parse((await t().client().get('/api/v1/evaluation/result')).body);
    assert.equal(api.status, 'ready');
    assert.equal(api.eligible, 6);
    const byId = new Map(api.proposals.map((p: { id: string }) => [p.id, p]));
    assert.deepEqual(
      { ...(byId.get(held.accepted) as object), id: undefined, quoted: undefined, proposed: undefined, reason: undefined },
      {
        id: undefined,
        commitment: 4,
        lang: 'nl',
        quoted: undefined,
        proposed: undefined,
        reason: undefined,
        group: null,
        yes: 3,
        no: 1,
        abstain: 0,
        cast: 4,
        quorum_needed: 3,
        yes_needed: 3,
        outcome: 'accepted',
      },
    );
    assert.equal((byId.get(held.noQuorum) as { outcome: string }).outcome, 'noQuorum');
  });

  test('once the result is known, votes are refused', async () => {
    const [a] = held.signatories;
    const refused = await castVotes(t().db, a!.admin.id, a!.id, { [held.noQuorum]: 'no' });
    assert.equal(refused.ok, false);
    const row = await t().db.selectFrom('evaluation_proposals').select('no_count').where('id', '=', held.noQuorum).executeTakeFirstOrThrow();
    assert.equal(Number(row.no_count), 0);
  });
});
