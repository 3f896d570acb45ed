import { randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { sha256 } from './crypto.js';
import type { SecretBox } from './secret-box.js';
import { clock } from '../../shared/clock.js';

const period = 30;

function totp(secretBase32: string, label = 'Kring') {
  return new OTPAuth.TOTP({
    issuer: 'Kring',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function totpEnrolment(secret: string, email: string) {
  const uri = totp(secret, email).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { uri, qrSvg, secret };
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way. Returns the time step
 * used, or null. The caller refuses steps at or before the last accepted one (no replay).
 */
export function checkTotp(secret: string, code: string, lastStep: number | null, now = clock.ms()): number | null {
  const digits = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totp(secret).validate({ token: digits, window: 1, timestamp: now });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / period) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** `checkTotp` for a user's secret as stored: sealed (D38), or none (null, no code can match). */
export function checkStoredTotp(
  secrets: SecretBox,
  stored: string | null,
  code: string,
  lastStep: number | null,
): number | null {
  return stored ? checkTotp(secrets.open(stored), code, lastStep) : null;
}

export function totpCodeAt(secret: string, now = clock.ms()): string {
  return totp(secret).generate({ timestamp: now });
}

/** Ten single-use recovery codes like "k7q2-m9xd-4hpa-2wnz"; only their hashes are stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: 10 }, () => {
    const bytes = randomBytes(16);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export const hashRecoveryCode = (code: string) =>
  sha256(
    code
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ''),
  );
