import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

// The authenticator-app side of two-step sign-in (RFC 6238: SHA-1, 6 digits, 30 seconds, what
// every app supports), through otplib.

export const TOTP_PERIOD_S = 30;
/** One step either side of now: phone clocks drift, and typing takes time. */
const TOLERANCE_S = TOTP_PERIOD_S;

/** A new secret: 20 random bytes, Base32 as the apps want it. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** "ABCD EFGH …": the secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

export function totpUri(secret: string, accountLabel: string, issuer = 'Inclusio'): string {
  return generateURI({ issuer, label: accountLabel, secret });
}

/** The QR code of the app link, as SVG markup (fill and stroke attributes only, no style). */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** What a person typed, without spaces or dashes: six digits, or null when it cannot be a code. */
export function cleanCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code is valid for, or null. `afterStep` refuses that step and every earlier
 * one, so a code that was accepted once is never accepted again.
 */
export async function acceptedStep(
  secret: string,
  typed: string,
  afterStep: number | null,
  nowMs = Date.now(),
): Promise<number | null> {
  const token = cleanCode(typed);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOLERANCE_S,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code an app shows at `nowMs` (the seed and tests use it; the app only verifies). */
export function totpCode(secret: string, nowMs = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(nowMs / 1000) });
}

export const stepAt = (nowMs = Date.now()): number => Math.floor(nowMs / 1000 / TOTP_PERIOD_S);
