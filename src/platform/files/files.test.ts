import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import sharp from 'sharp';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { checkImageUpload, MAX_IMAGE_BYTES, readImageUpload, sniffImage } from './images.ts';
import {
  isStoredName,
  MAX_PENDING_PER_OWNER,
  pendingExists,
  promotePending,
  storedExists,
  storeImage,
  storePending,
  sweepPending,
} from './storage.ts';
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
  test('pending images are promoted under the same random name, only by their owner, and old ones swept', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-files-'));
    try {
      const check = await readImageUpload(upload(webpImage()));
      assert.ok(check.ok && check.image);
      const name = await storePending(dataDir, 'owner-a', check.image);
      assert.ok(isStoredName(name) && name.endsWith('.webp'));
      assert.ok(await pendingExists(dataDir, 'owner-a', name));
      assert.equal(await pendingExists(dataDir, 'owner-b', name), false, 'another person does not see it');
      assert.equal(await promotePending(dataDir, 'owner-b', 'logos', name), false, 'nor attach it');
      assert.equal(await promotePending(dataDir, 'owner-a', 'logos', name), true);
      assert.ok(await storedExists(dataDir, 'logos', name));
      assert.equal(await pendingExists(dataDir, 'owner-a', name), false);
      assert.equal(await promotePending(dataDir, 'owner-a', 'logos', name), false);

      const old = await storePending(dataDir, 'owner-a', check.image);
      assert.equal(await sweepPending(dataDir, Date.now() + 8 * 86_400_000, true), 1);
      assert.equal(await pendingExists(dataDir, 'owner-a', old), false);
      assert.deepEqual(fs.readdirSync(path.join(dataDir, 'uploads', 'pending')), [], 'empty folders go too');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test(`one person keeps at most ${MAX_PENDING_PER_OWNER} files aside; a new one pushes out their oldest`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-files-'));
    try {
      const check = await readImageUpload(upload(pngImage(2, 2)));
      assert.ok(check.ok && check.image);
      const other = await storePending(dataDir, 'someone-else', check.image);
      const names: string[] = [];
      for (let i = 0; i < MAX_PENDING_PER_OWNER + 3; i++) {
        names.push(await storePending(dataDir, 'busy', check.image));
        // Distinct modification times, oldest first, whatever the file system's resolution.
        const folder = fs.readdirSync(path.join(dataDir, 'uploads', 'pending')).find((d) =>
          fs.existsSync(path.join(dataDir, 'uploads', 'pending', d, names.at(-1)!)),
        )!;
        const at = new Date(Date.now() - (100 - i) * 1000);
        fs.utimesSync(path.join(dataDir, 'uploads', 'pending', folder, names.at(-1)!), at, at);
      }
      const kept = [];
      for (const name of names) if (await pendingExists(dataDir, 'busy', name)) kept.push(name);
      assert.deepEqual(kept, names.slice(-MAX_PENDING_PER_OWNER), 'the newest are kept');
      assert.ok(await pendingExists(dataDir, 'someone-else', other), "another person's file is untouched");
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
    const check = await readImageUpload(upload(jpegImage()));
    assert.ok(check.ok && check.image);
    const name = await storeImage(t().config.dataDir, 'logos', check.image);
    const res = await t().client().get(`/media/logos/${name}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['cache-control']), /public, max-age=31536000, immutable/);
  });

  test('pending files, unknown names and path tricks get a 404', async () => {
    const check = await readImageUpload(upload(pngImage()));
    assert.ok(check.ok && check.image);
    const pending = await storePending(t().config.dataDir, 'someone', check.image);
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

/** A photo as a phone writes it: EXIF with the camera, the time and the GPS position. */
async function photoWithGps(format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
  const photo = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#3a7' } })
    .withExif({
      IFD0: { Make: 'SpyPhone', Model: 'Tracker 9', Artist: 'Jan Geheim' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 50/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 21/1 5/1' },
    })
    .toFormat(format)
    .toBuffer();
  const meta = await sharp(photo).metadata();
  assert.ok(meta.exif && meta.exif.includes('SpyPhone'), `the ${format} test photo carries EXIF`);
  return photo;
}

async function assertNoMetadata(data: Buffer, label: string) {
  const meta = await sharp(data).metadata();
  assert.equal(meta.exif, undefined, `${label}: no EXIF`);
  assert.equal(meta.xmp, undefined, `${label}: no XMP`);
  assert.equal(meta.iptc, undefined, `${label}: no IPTC`);
  for (const trace of ['SpyPhone', 'Tracker', 'Jan Geheim', 'GPS'])
    assert.ok(!data.includes(trace), `${label}: no ${trace} in the bytes`);
}

describe('images are re-encoded', () => {
  test('PNG, JPEG and WebP lose their EXIF (GPS, camera, author) and keep their pixels', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const check = await readImageUpload(upload(await photoWithGps(format), `photo.${format}`));
      assert.ok(check.ok && check.image, format);
      assert.equal(check.image.info.type, format);
      assert.deepEqual([check.image.info.width, check.image.info.height], [12, 8]);
      await assertNoMetadata(check.image.data, format);
    }
  });

  test('a header that looks right over pixels that do not decode is refused, not stored', async () => {
    const broken = Buffer.concat([pngImage(4, 4).subarray(0, 40), Buffer.alloc(20)]);
    assert.ok(checkImageUpload(upload(broken)).ok, 'the byte check alone lets it through');
    assert.deepEqual(await readImageUpload(upload(broken)), { ok: false, reason: 'notImage' });
  });
});

describeEachEngine('an uploaded photo is stored without its metadata', (t) => {
  test('a logo with EXIF GPS, sent through the profile form, is stored and served without it', async () => {
    const admin = await createUser(t().db);
    const org = await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] });
    const client = await signedInClient(t(), admin);
    const url = `/en/organisations/${org.id}/profile`;
    const fields = { legalName: org.name, sector: 'nonprofit', sizeBand: 'small', regions: 'brussels', languages: 'nl', description_nl: 'Wij helpen.' };
    const res = await client.postMultipart(url, fields, Client.csrfOf((await client.get(url)).body), {
      field: 'logo',
      name: 'holiday.jpg',
      type: 'image/jpeg',
      data: await photoWithGps('jpeg'),
    });
    assert.equal(res.status, 303, res.body.match(/error-summary.*?<\/ul>/s)?.[0]);
    const row = await t().db.selectFrom('organisations').select('logo_file').where('id', '=', org.id).executeTakeFirstOrThrow();
    assert.ok(row.logo_file);
    await assertNoMetadata(fs.readFileSync(path.join(t().config.dataDir, 'uploads', 'logos', row.logo_file)), 'stored');
    const served = await client.get(`/media/logos/${row.logo_file}`);
    assert.equal(served.status, 200);
  });
});
