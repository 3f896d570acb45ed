export const consentPurposes = ['registration', 'share_with_referrer', 'evaluation_research'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** Kinds of work that process a person's data and need a recorded basis for it. */
export const processingWork = ['coaching', 'network'] as const;
export type ProcessingWork = (typeof processingWork)[number];

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

/**
 * Whether there is a recorded basis to process a person's data for a kind of work: consent for
 * registration that holds today, or another legal basis the organisation recorded for that work.
 */
export function hasProcessingBasis(
  records: ConsentRecord[],
  today: string,
  work: ProcessingWork,
  basisWithoutConsent: readonly ProcessingWork[],
): boolean {
  return basisWithoutConsent.includes(work) || currentConsent(records, today).registration === 'given';
}
