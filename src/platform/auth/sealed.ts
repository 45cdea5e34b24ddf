import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Small secrets that must be read back (an authenticator secret) are stored sealed rather than
// in plain text: AES-256-GCM with a key derived from one of the platform's secrets, and the
// row's id as associated data, so a sealed value copied onto another row does not open.

const VERSION = 'v1';

function keyFrom(secret: string): Buffer {
  return createHash('sha256').update(`inclusio-sealed-${VERSION}:`).update(secret).digest();
}

export function seal(secret: string, plain: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** The plain value, or null when the sealed value was altered, moved or sealed with another key. */
export function unseal(secret: string, sealed: string, boundTo: string): string | null {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== VERSION || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
