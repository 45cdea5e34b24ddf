import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { checkImageUpload, MAX_IMAGE_BYTES, sniffImage } from './images.ts';
import { isStoredName, promotePending, storedExists, storeImage, sweepPending } from './storage.ts';
import { jpegImage, pngImage, webpImage } from './test-images.ts';

const upload = (data: Buffer, filename = 'logo.png', truncated = false) => ({ data, filename, truncated });

describe('image checks', () => {
  test('PNG, JPEG and WebP are recognised by their bytes, with their size', () => {
    assert.deepEqual(sniffImage(pngImage(3, 2)), { type: 'png', width: 3, height: 2 });
    assert.deepEqual(sniffImage(jpegImage()), { type: 'jpeg', width: 1, height: 1 });
    assert.deepEqual(sniffImage(webpImage()), { type: 'webp', width: 1, height: 1 });
  });

  test('the name and declared type do not count: text called logo.png is refused', () => {
    assert.deepEqual(checkImageUpload(upload(Buffer.from('hello, I am not an image'), 'logo.png')), {
      ok: false,
      reason: 'notImage',
    });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    assert.deepEqual(checkImageUpload(upload(svg, 'logo.svg')), { ok: false, reason: 'notImage' });
    const gif = Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1');
    assert.deepEqual(checkImageUpload(upload(gif, 'logo.png')), { ok: false, reason: 'notImage' });
    // A real PNG under a misleading name is still a PNG.
    const ok = checkImageUpload(upload(pngImage(), 'photo.jpg'));
    assert.ok(ok.ok && ok.image?.info.type === 'png');
  });

  test('a file cut off at the limit, or too many pixels, is refused', () => {
    assert.deepEqual(checkImageUpload(upload(pngImage(), 'big.png', true)), { ok: false, reason: 'tooLarge' });
    assert.deepEqual(checkImageUpload(upload(Buffer.alloc(MAX_IMAGE_BYTES + 1), 'big.png')), {
      ok: false,
      reason: 'tooLarge',
    });
    assert.deepEqual(checkImageUpload(upload(pngImage(4001, 1))), { ok: false, reason: 'tooManyPixels' });
  });

  test('no file chosen is fine; an empty file with a name is not', () => {
    assert.deepEqual(checkImageUpload(undefined), { ok: true, image: null });
    assert.deepEqual(checkImageUpload(''), { ok: true, image: null });
    assert.deepEqual(checkImageUpload(upload(Buffer.alloc(0), '')), { ok: true, image: null });
    assert.deepEqual(checkImageUpload(upload(Buffer.alloc(0), 'empty.png')), { ok: false, reason: 'notImage' });
  });

  test('random bytes never throw', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom(
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.from([0xff, 0xd8, 0xff]),
          Buffer.from('RIFF\0\0\0\0WEBPVP8X', 'latin1'),
          Buffer.alloc(0),
        ),
        (bytes, prefix) => {
          const result = checkImageUpload(upload(Buffer.concat([prefix, Buffer.from(bytes)])));
          assert.equal(typeof result.ok, 'boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('image storage', () => {
  test('pending images are promoted under the same random name, and old ones swept', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-files-'));
    try {
      const check = checkImageUpload(upload(webpImage()));
      assert.ok(check.ok && check.image);
      const name = await storeImage(dataDir, 'pending', check.image);
      assert.ok(isStoredName(name) && name.endsWith('.webp'));
      assert.ok(await storedExists(dataDir, 'pending', name));
      assert.equal(await promotePending(dataDir, 'logos', name), true);
      assert.ok(await storedExists(dataDir, 'logos', name));
      assert.equal(await storedExists(dataDir, 'pending', name), false);
      assert.equal(await promotePending(dataDir, 'logos', name), false);

      const old = await storeImage(dataDir, 'pending', check.image);
      assert.equal(await sweepPending(dataDir, Date.now() + 8 * 86_400_000, true), 1);
      assert.equal(await storedExists(dataDir, 'pending', old), false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('only names we made are accepted', () => {
    for (const bad of [
      '../x.png',
      'a.png',
      `${'a'.repeat(32)}.svg`,
      `${'a'.repeat(32)}.png/..`,
      `${'A'.repeat(32)}.png`,
      '',
      null,
    ]) {
      assert.equal(isStoredName(bad), false, String(bad));
    }
    assert.ok(isStoredName(`${'0a'.repeat(16)}.jpg`));
  });
});

describeEachEngine('GET /media/logos/:file', (t) => {
  test('serves a stored logo with its type, a long cache and nosniff', async () => {
    const check = checkImageUpload(upload(jpegImage()));
    assert.ok(check.ok && check.image);
    const name = await storeImage(t().config.dataDir, 'logos', check.image);
    const res = await t().client().get(`/media/logos/${name}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['cache-control']), /public, max-age=31536000, immutable/);
  });

  test('pending files, unknown names and path tricks get a 404', async () => {
    const check = checkImageUpload(upload(pngImage()));
    assert.ok(check.ok && check.image);
    const pending = await storeImage(t().config.dataDir, 'pending', check.image);
    fs.writeFileSync(path.join(t().config.dataDir, 'secret.txt'), 'secret');
    const client = t().client();
    for (const url of [
      `/media/logos/${pending}`,
      `/media/logos/${'0'.repeat(32)}.png`,
      '/media/logos/..%2F..%2Fsecret.txt',
      '/media/logos/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/media/logos/../../secret.txt',
      '/media/logos/....//secret.txt',
      `/media/logos/..%2Fpending%2F${pending}`,
    ]) {
      const res = await client.get(url);
      assert.equal(res.status, 404, url);
      assert.doesNotMatch(res.body, /^secret$/);
    }
  });
});
