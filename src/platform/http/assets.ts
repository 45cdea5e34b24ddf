import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface Asset {
  url: string;
  body: Buffer;
  type: string;
}

export interface Assets {
  url(name: string): string;
  byUrlName(file: string): Asset | undefined;
}

const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public');

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function fingerprint(name: string, body: Buffer): Asset {
  const ext = path.extname(name);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const file = `${path.basename(name, ext)}.${hash}${ext}`;
  return { url: `/assets/${file}`, body, type: TYPES[ext] ?? 'application/octet-stream' };
}

/**
 * Built once when the app starts: CSS is served as written, the enhancement script is bundled
 * by esbuild. Names carry a content hash, so browsers may cache them for a year.
 */
export function buildAssets(): Assets {
  const byName = new Map<string, Asset>();
  for (const file of fs.readdirSync(path.join(publicDir, 'css'))) {
    byName.set(file, fingerprint(file, fs.readFileSync(path.join(publicDir, 'css', file))));
  }
  for (const file of fs.readdirSync(path.join(publicDir, 'icons'))) {
    byName.set(file, fingerprint(file, fs.readFileSync(path.join(publicDir, 'icons', file))));
  }
  const js = buildSync({
    entryPoints: [path.join(publicDir, 'js', 'app.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2019',
    write: false,
  });
  byName.set('app.js', fingerprint('app.js', Buffer.from(js.outputFiles[0]!.contents)));
  const byFile = new Map([...byName.values()].map((a) => [a.url.slice('/assets/'.length), a]));
  return {
    url(name) {
      const asset = byName.get(name);
      if (!asset) throw new Error(`Unknown asset ${name}`);
      return asset.url;
    },
    byUrlName: (file) => byFile.get(file),
  };
}
