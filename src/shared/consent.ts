export const consentPurposes = ['registration', 'share_with_referrer', 'evaluation_research'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export interface ConsentRecord {
  id: string;
  purpose: ConsentPurpose;
  givenOn: string;
  withdrawnOn: string | null;
  recordedAt: string;
}

/**
 * The consent that holds now for each purpose: the latest given record, unless withdrawn.
 * Older records stay as history; a new consent after a withdrawal is a new record.
 */
export function currentConsent(
  records: ConsentRecord[],
  today: string,
): Record<ConsentPurpose, 'given' | 'withdrawn' | 'none'> {
  const result = {} as Record<ConsentPurpose, 'given' | 'withdrawn' | 'none'>;
  for (const purpose of consentPurposes) {
    const latest = records
      .filter((r) => r.purpose === purpose)
      .sort((a, b) => (a.givenOn + a.recordedAt < b.givenOn + b.recordedAt ? 1 : -1))[0];
    if (!latest) result[purpose] = 'none';
    else if (latest.withdrawnOn && latest.withdrawnOn <= today) result[purpose] = 'withdrawn';
    else result[purpose] = 'given';
  }
  return result;
}
