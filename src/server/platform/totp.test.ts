import { describe, expect, it } from 'vitest';
import { checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpCodeAt } from './totp.js';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 21, 12, 0, 0);

  it('accepts the current code and one step of clock drift, not more', () => {
    expect(checkTotp(secret, totpCodeAt(secret, now), null, now)).not.toBeNull();
    expect(checkTotp(secret, totpCodeAt(secret, now - 30_000), null, now)).not.toBeNull();
    expect(checkTotp(secret, totpCodeAt(secret, now - 120_000), null, now)).toBeNull();
    expect(checkTotp(secret, 'abcdef', null, now)).toBeNull();
  });

  it('refuses a code whose time step was already used (replay)', () => {
    const step = checkTotp(secret, totpCodeAt(secret, now), null, now)!;
    expect(checkTotp(secret, totpCodeAt(secret, now), step, now)).toBeNull();
    expect(checkTotp(secret, totpCodeAt(secret, now + 30_000), step, now + 30_000)).toBe(step + 1);
  });

  it('makes ten distinct recovery codes whose hash ignores case and dashes', () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(hashRecoveryCode(codes[0].toUpperCase().replaceAll('-', ' '))).toBe(hashes[0]);
  });
});
