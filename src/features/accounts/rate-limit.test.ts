import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { consume, purgeRateLimits } from '../../platform/http/rate-limit.ts';
import { safeNext } from './limits.ts';

describeEachEngine('platform: database rate limiter', (t) => {
  test('allows max attempts per window, then refuses with the time to wait; a new window starts again', async () => {
    const start = 1_700_000_000_000;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consume(t().db, 'k:window', 3, 60_000, start + i * 1000));
    assert.deepEqual(
      results.map((r) => r.allowed),
      [true, true, true, false],
    );
    assert.deepEqual(
      results.map((r) => r.remaining),
      [2, 1, 0, 0],
    );
    assert.equal(results[3]!.retryAfter, 57);

    const next = await consume(t().db, 'k:window', 3, 60_000, start + 60_000);
    assert.deepEqual(next, { allowed: true, retryAfter: 60, remaining: 2 });
    const other = await consume(t().db, 'k:other', 3, 60_000, start + 3000);
    assert.equal(other.remaining, 2, 'keys are counted apart');
  });

  test('concurrent attempts are counted exactly (one atomic statement each)', async () => {
    const now = Date.now();
    const all = await Promise.all(Array.from({ length: 25 }, () => consume(t().db, 'k:burst', 10, 60_000, now)));
    assert.equal(all.filter((r) => r.allowed).length, 10);
    const row = await t()
      .db.selectFrom('rate_limits')
      .select('count')
      .where('key', '=', 'k:burst')
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.count), 25);
  });

  test('old windows are purged', async () => {
    await consume(t().db, 'k:old', 1, 1000, 1_000);
    await purgeRateLimits(t().db, 1_000 + 2 * 24 * 3600_000);
    const row = await t().db.selectFrom('rate_limits').select('key').where('key', '=', 'k:old').executeTakeFirst();
    assert.equal(row, undefined);
  });
});

test('safeNext keeps local paths only', () => {
  assert.equal(safeNext('/fr/account?tab=1#x'), '/fr/account?tab=1#x');
  for (const bad of [
    '//evil.example',
    'https://evil.example',
    '/\\evil.example',
    '\\\\evil',
    ' /x',
    '/x\ny',
    'evil.example',
    '',
    undefined,
    42,
  ]) {
    assert.equal(safeNext(bad), null, String(bad));
  }
});
