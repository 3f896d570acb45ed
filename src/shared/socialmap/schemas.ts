// Request contracts of the social map (issue 15), shared by server routes and browser forms.
import { z } from 'zod';
import { emailField, isoDate, optionalDate, optionalText, phoneField, text } from '../schemas.js';
import { dayParts, weekDays } from '../week.js';
import { accessibilityFeatures, costKinds, entryKinds, repeatPatterns, weekOfMonth } from './model.js';

const wallClock = z.string().refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { params: { code: 'time' } });
/** An interest's key: one of ours or one the organisation added. */
export const interestKey = z
  .string()
  .refine((v) => /^[a-z][a-z0-9_]{1,39}$/.test(v), { params: { code: 'interestKey' } });

export const timeSlotSchema = z
  .object({
    pattern: z.enum(repeatPatterns),
    weekday: z.enum(weekDays).nullable().optional(),
    nth: z
      .number()
      .int()
      .refine((n) => (weekOfMonth as readonly number[]).includes(n), { params: { code: 'weekOfMonth' } })
      .nullable()
      .optional(),
    date: optionalDate,
    start: wallClock,
    end: wallClock,
  })
  .refine((s) => s.end > s.start, { path: ['end'], params: { code: 'endBeforeStart' } })
  .refine((s) => s.pattern === 'one_off' || !!s.weekday, { path: ['weekday'], params: { code: 'required' } })
  .refine((s) => (s.pattern === 'one_off' || s.pattern === 'every_other_week' ? !!s.date : true), {
    path: ['date'],
    params: { code: 'required' },
  })
  .refine((s) => s.pattern !== 'monthly' || s.nth != null, { path: ['nth'], params: { code: 'required' } });

export const locationSchema = z.object({
  address: text(200).min(1),
  neighbourhood: optionalText(100),
  /** The CBS code of the buurt, e.g. BU03630000. */
  buurtCode: optionalText(10).refine((v) => v == null || /^BU\d{8}$/.test(v), { params: { code: 'buurtCode' } }),
});

const entryFields = {
  provider: text(200).min(1),
  name: text(200).min(1),
  kind: z.enum(entryKinds),
  description: optionalText(2000),
  locations: z.array(locationSchema).max(10),
  slots: z.array(timeSlotSchema).max(14),
  offDates: z.array(isoDate).max(100),
  validFrom: optionalDate,
  validUntil: optionalDate,
  costKind: z.enum(costKinds),
  costCents: z.number().int().min(1).max(100_000).nullable().optional(),
  costNote: optionalText(200),
  targetGroups: optionalText(500),
  conditions: optionalText(500),
  accessibility: z.array(z.enum(accessibilityFeatures)).max(accessibilityFeatures.length),
  accessibilityNote: optionalText(500),
  lowThreshold: z.boolean(),
  interests: z.array(interestKey).max(20),
  /** The place's own contact, never a private person's. */
  contactPhone: phoneField,
  contactEmail: emailField,
  website: optionalText(300).refine((v) => v == null || /^https?:\/\/\S+$/.test(v), { params: { code: 'url' } }),
};

const entryRules = <
  T extends z.ZodType<{
    costKind?: string;
    costCents?: number | null;
    validFrom?: string | null;
    validUntil?: string | null;
  }>,
>(
  schema: T,
) =>
  schema
    .refine((e) => e.costKind !== 'amount' || e.costCents != null, {
      path: ['costCents'],
      params: { code: 'required' },
    })
    .refine((e) => !e.validFrom || !e.validUntil || e.validUntil >= e.validFrom, {
      path: ['validUntil'],
      params: { code: 'endBeforeStart' },
    });

export const entrySchema = entryRules(
  z.object({
    ...entryFields,
    locations: entryFields.locations.default([]),
    slots: entryFields.slots.default([]),
    offDates: entryFields.offDates.default([]),
    costKind: entryFields.costKind.default('free'),
    accessibility: entryFields.accessibility.default([]),
    lowThreshold: entryFields.lowThreshold.default(false),
    interests: entryFields.interests.default([]),
  }),
);
// No defaults: a field left out of a change stays as it is.
export const entryPatchSchema = entryRules(z.object(entryFields).partial());

/** A search of the map: every filter optional; "on" a date or, without one, on a weekday. */
export const entrySearchSchema = z.object({
  q: text(100).optional().default(''),
  interests: z.array(interestKey).max(20).optional().default([]),
  neighbourhood: optionalText(100),
  /** A date it must be on (the exact dates, holidays and period count). */
  date: optionalDate,
  weekday: z.enum(weekDays).nullable().optional(),
  part: z.enum(dayParts).nullable().optional(),
  /** Free only, or at most this many cents. */
  free: z.boolean().optional().default(false),
  maxCents: z.number().int().min(0).max(100_000).nullable().optional(),
  accessibility: z.array(z.enum(accessibilityFeatures)).max(accessibilityFeatures.length).optional().default([]),
  lowThreshold: z.boolean().optional().default(false),
  stale: z.boolean().optional().default(false),
  offset: z.number().int().min(0).max(100_000).optional().default(0),
  limit: z.number().int().min(1).max(100).optional().default(30),
});

/** Someone noticed a mistake in an entry; it reaches whoever keeps the map. */
export const mistakeSchema = z.object({ message: text(1000).min(3) });

/** How long an entry stays fresh for this organisation. */
export const staleMonthsSchema = z.number().int().min(1).max(36);

export type EntryLocation = z.output<typeof locationSchema>;
export type EntryInput = z.output<typeof entrySchema>;
export type EntryPatch = z.output<typeof entryPatchSchema>;
export type EntrySearch = z.output<typeof entrySearchSchema>;

/** A CSV file to check (dryRun) or import (docs/socialmap-csv.md). */
export const entryImportSchema = z.object({
  content: z.string().min(1).max(200_000),
  dryRun: z.boolean().default(true),
});
