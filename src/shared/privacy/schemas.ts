// Requests of the privacy capability, for the routes and the admin's page alike.
import { z } from 'zod';
import { text } from '../schemas.js';
import { accessExportFormats, auditMinimumYears } from './model.js';

/** Which file answers the access request: the data file or the readable letter, in the user's language. */
export const accessExportSchema = z.object({ format: z.enum(accessExportFormats) });

const years = (min: number) => z.number().int().min(min).max(30).nullable();

/** An organisation's retention rules: years per kind of record; empty (null) means the rule is off. */
export const retentionPolicySchema = z.object({
  inactivePersonYears: years(1),
  closedTrajectoryYears: years(1),
  leftParticipantYears: years(1),
  auditYears: years(auditMinimumYears),
});

/** Put a person on legal hold, or lift it. */
export const legalHoldSchema = z.object({ hold: z.boolean() });

/** A new version of the organisation's privacy notice, in plain words. */
export const privacyNoticeSchema = z.object({ body: text(20000).min(20) });
