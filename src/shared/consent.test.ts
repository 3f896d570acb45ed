import { describe, expect, it } from 'vitest';
import { type ConsentRecord, currentConsent, hasProcessingBasis } from './consent.js';

const record = (
  purpose: ConsentRecord['purpose'],
  givenOn: string,
  withdrawnOn: string | null = null,
): ConsentRecord => ({
  id: `${purpose}-${givenOn}`,
  purpose,
  givenOn,
  withdrawnOn,
  recordedAt: `${givenOn}T10:00:00Z`,
});

describe('current consent', () => {
  it('is none without records, given while not withdrawn, and follows the newest record', () => {
    expect(currentConsent([], '2026-05-01')).toEqual({
      registration: 'none',
      share_with_referrer: 'none',
      evaluation_research: 'none',
    });
    const history = [
      record('registration', '2026-01-01', '2026-02-01'),
      record('registration', '2026-03-01'),
      record('evaluation_research', '2026-01-01', '2026-04-01'),
    ];
    expect(currentConsent(history, '2026-05-01')).toEqual({
      registration: 'given',
      share_with_referrer: 'none',
      evaluation_research: 'withdrawn',
    });
  });

  it('treats a withdrawal dated in the future as not yet in effect', () => {
    expect(
      currentConsent([record('share_with_referrer', '2026-01-01', '2026-06-01')], '2026-05-01').share_with_referrer,
    ).toBe('given');
  });
});

describe('a basis for processing', () => {
  it('is consent for registration that holds today, or another basis the organisation recorded for the work', () => {
    const given = [record('registration', '2026-01-01')];
    const withdrawn = [record('registration', '2026-01-01', '2026-03-01')];
    const research = [record('evaluation_research', '2026-01-01')];
    expect(hasProcessingBasis(given, '2026-05-01', 'coaching', [])).toBe(true);
    expect(hasProcessingBasis(withdrawn, '2026-05-01', 'coaching', [])).toBe(false);
    expect(hasProcessingBasis(research, '2026-05-01', 'network', [])).toBe(false);
    expect(hasProcessingBasis([], '2026-05-01', 'network', ['network'])).toBe(true);
    expect(hasProcessingBasis([], '2026-05-01', 'coaching', ['network'])).toBe(false);
  });
});
