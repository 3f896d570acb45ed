// Privacy rights (PRODUCT.md C8): the words both the server and the web app use, declared once.

/** How long an erasure waits after it is asked for, so a mistake can still be cancelled. */
export const erasureGraceDays = 14;

/** The files an access request is answered with: everything as data, and a readable letter. */
export const accessExportFormats = ['json', 'pdf'] as const;
export type AccessExportFormat = (typeof accessExportFormats)[number];

/** Where an erasure request stands. */
export const erasureStates = ['waiting', 'cancelled', 'carried_out'] as const;
export type ErasureState = (typeof erasureStates)[number];

/** The jobs Kring runs on its own, on a schedule. */
export const jobNames = ['erasure', 'retention'] as const;
export type JobName = (typeof jobNames)[number];
export const jobOutcomes = ['ok', 'failed'] as const;
export type JobOutcome = (typeof jobOutcomes)[number];

/**
 * The parts of an access export, in the order the letter tells them. Each table that can hold
 * something about a person belongs to one part (modules/privacy/registry.ts).
 */
export const exportParts = ['details', 'consents', 'coaching', 'network', 'groups', 'access'] as const;
export type ExportPart = (typeof exportParts)[number];

/** The retention rules an organisation can set, each in years; a rule left empty is off. */
export const retentionRules = ['inactive_person', 'closed_trajectory', 'left_participant', 'audit'] as const;
export type RetentionRule = (typeof retentionRules)[number];

/** The access log is kept at least this long, whatever the organisation sets (D40). */
export const auditMinimumYears = 5;

/** How far ahead the dry run looks: what retention will touch within this many days. */
export const retentionHorizonDays = 90;
